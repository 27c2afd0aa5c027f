import { serverEnv } from '@/lib/env/server';
import { rumRuntime } from '@/lib/rum/runtime';
import { serveMetrics } from '@/lib/rum/serve-metrics';

/** Prometheus scrape target: RUM histograms and beacon counts (names in lib/rum/prometheus-names.ts). */
export async function GET(request: Request): Promise<Response> {
  return serveMetrics(request, rumRuntime().metrics, serverEnv().METRICS_TOKEN);
}
