import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { CoverageNote } from '@/components/ops/coverage-note';
import { MetricSection } from '@/components/ops/metric-section';
import { serverEnv } from '@/lib/env/server';
import { OPS_COOKIE, opsAuthorized } from '@/lib/security/ops-access';
import { loadVitalsSummary } from './page-data';

export const metadata: Metadata = { title: 'Real-user vitals · Storefront operations' };

/**
 * The built-in RUM dashboard: the last hour of Core Web Vitals, no external stack needed (from
 * this process's memory, or every instance's through Redis with REDIS_URL). Open it as /ops/vitals?token=<OPS_TOKEN> (the proxy trades
 * the token for a cookie); without it the page does not exist (404), so it reveals nothing.
 */
export default async function VitalsPage() {
  const cookie = (await cookies()).get(OPS_COOKIE)?.value;
  if (!(await opsAuthorized(await headers(), cookie, serverEnv().OPS_TOKEN))) notFound();
  const summary = await loadVitalsSummary();
  return (
    <>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Real-user Core Web Vitals</h1>
        <p className="text-sm text-ink-muted">
          Last {summary.windowMinutes} minutes, per route template and device class, by one-minute
          buckets; ratings use Google&apos;s thresholds and are computed on the server. Updated{' '}
          <time dateTime={summary.generatedAt}>{summary.generatedAt.slice(11, 19)} UTC</time>;
          reload for fresh numbers. Long-term history lives in Prometheus (<code>/api/metrics</code>
          ).
        </p>
        <CoverageNote coverage={summary.coverage} />
      </header>
      {summary.metrics.map((metric) => (
        <MetricSection key={metric.name} metric={metric} />
      ))}
    </>
  );
}
