import { rumRuntime } from './runtime';
import type { VitalsCoverage } from './store/cluster-vitals';
import { summarize, type VitalsSummary } from './store/vitals-summary';

/** /ops/vitals and GET /api/ops/vitals: the summary, and whose beacons it counts. */
export type OpsVitals = VitalsSummary & { coverage: VitalsCoverage };

/**
 * The last hour of vitals as of `now`: every instance's with REDIS_URL, this process's
 * otherwise (and while Redis is unavailable, which `coverage` then says).
 */
export async function loadOpsVitals(now = Date.now()): Promise<OpsVitals> {
  const { minutes, coverage } = await rumRuntime().vitals.window(now);
  return { ...summarize(minutes, now), coverage };
}
