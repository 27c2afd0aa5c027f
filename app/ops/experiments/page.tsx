import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { CoverageNote } from '@/components/ops/coverage-note';
import { ExperimentResults } from '@/components/ops/experiment-results';
import { serverEnv } from '@/lib/env/server';
import { OPS_COOKIE, opsAuthorized } from '@/lib/security/ops-access';
import { loadExperimentResults } from './page-data';

export const metadata: Metadata = { title: 'Experiments · Storefront operations' };

/**
 * Results of every experiment for the product team, behind OPS_TOKEN like /ops/vitals (open it
 * once as /ops/experiments?token=…; without the token the page does not exist).
 */
export default async function ExperimentsPage() {
  const cookie = (await cookies()).get(OPS_COOKIE)?.value;
  if (!(await opsAuthorized(await headers(), cookie, serverEnv().OPS_TOKEN))) notFound();
  const { results, coverage } = await loadExperimentResults();
  return (
    <>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Experiments</h1>
        <p className="text-sm text-ink-muted">
          Exposed visitors and conversions on each experiment&apos;s primary metric since it started
          (events service), at 95% confidence; QA overrides and crawlers are never counted.
          Guardrails are p75 real-user vitals of the last hour. Reload for fresh numbers.
        </p>
        <CoverageNote coverage={coverage} label="Guardrail vitals cover" />
      </header>
      {results.map((result) => (
        <ExperimentResults key={result.experiment.key} result={result} />
      ))}
    </>
  );
}
