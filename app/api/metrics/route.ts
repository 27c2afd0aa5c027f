import { serverEnv } from '@/lib/env/server';
import { rumRuntime } from '@/lib/rum/runtime';
import { serveMetrics } from '@/lib/rum/serve-metrics';
import { breakerMetricsText } from '@/lib/services/transport/breaker-metrics';

/**
 * Prometheus scrape target: RUM histograms and beacon counts (names in lib/rum/prometheus-names.ts),
 * then the typed clients' circuit breakers.
 */
export async function GET(request: Request): Promise<Response> {
  const { metrics } = rumRuntime();
  const scrape = async () => `${await metrics.scrape()}\n${breakerMetricsText()}`;
  return serveMetrics(request, { scrape }, serverEnv().METRICS_TOKEN);
}
