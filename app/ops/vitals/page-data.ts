import { rumRuntime } from '@/lib/rum/runtime';
import { summarize } from '@/lib/rum/store/vitals-summary';

/** The last hour of this process's vitals, as of the moment the page is asked for. */
export function loadVitalsSummary() {
  const now = Date.now();
  return summarize(rumRuntime().store.window(now), now);
}
