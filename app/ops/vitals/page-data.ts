import { loadOpsVitals, type OpsVitals } from '@/lib/rum/ops-vitals';

/** The dashboard's data, as of the moment the page is asked for (shared with /api/ops/vitals). */
export function loadVitalsSummary(): Promise<OpsVitals> {
  return loadOpsVitals();
}
