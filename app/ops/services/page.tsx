import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { BreakerTable } from '@/components/ops/breaker-table';
import { serverEnv } from '@/lib/env/server';
import { OPS_COOKIE, opsAuthorized } from '@/lib/security/ops-access';
import { loadServiceBreakers } from './page-data';

export const metadata: Metadata = { title: 'Backend services · Storefront operations' };

/**
 * Whether this instance is calling each backend service or has paused the calls (its circuit
 * breaker), behind OPS_TOKEN like the other ops pages. Every instance keeps its own breakers;
 * Prometheus has all of them (`storefront_service_breaker_state` in /api/metrics).
 */
export default async function ServicesPage() {
  const cookie = (await cookies()).get(OPS_COOKIE)?.value;
  if (!(await opsAuthorized(await headers(), cookie, serverEnv().OPS_TOKEN))) notFound();
  return (
    <>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Backend services</h1>
        <p className="text-sm text-ink-muted">
          This instance&apos;s circuit breaker per service: closed calls it, open refuses calls at
          once after five failures in ten seconds (pages a shopper never saw then answer 503), and
          half-open is trying one call to see whether the service is back. Reload for fresh state.
        </p>
      </header>
      <BreakerTable breakers={loadServiceBreakers()} />
    </>
  );
}
