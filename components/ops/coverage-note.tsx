import type { VitalsCoverage } from '@/lib/rum/store/cluster-vitals';

/** Whose beacons the real-user numbers on an ops page count: every instance's, or one's. */
function coverageText(coverage: VitalsCoverage): string {
  if (coverage.scope === 'cluster')
    return (
      `All storefront instances, shared through Redis (${coverage.instances} with beacons in ` +
      `this window); other instances' last ${coverage.publishSeconds} s may not be in yet.`
    );
  return coverage.redis === 'unavailable'
    ? 'This server instance only: Redis is unavailable right now, so other instances are missing.'
    : 'This server instance only (REDIS_URL is not set).';
}

export function CoverageNote({
  coverage,
  label = 'Covers',
}: {
  coverage: VitalsCoverage;
  label?: string;
}) {
  return (
    <p className="text-sm font-medium" data-coverage={coverage.scope}>
      {label}: {coverageText(coverage)}
    </p>
  );
}
