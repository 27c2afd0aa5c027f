import { bearerToken, sameSecret } from '@/lib/security/bearer';
import { jsonError } from '@/lib/http/json-error';
import type { RumMetrics } from './otel-metrics';

/**
 * `GET /api/metrics`: the RUM metrics in Prometheus text format. With METRICS_TOKEN set a
 * scrape must send it as a bearer token (Prometheus' `authorization` scrape option); unset,
 * the endpoint is open, for a scraper on a private network, and should not be exposed publicly.
 */
export async function serveMetrics(
  request: Request,
  metrics: Pick<RumMetrics, 'scrape'>,
  token: string | undefined,
): Promise<Response> {
  if (token && !sameSecret(bearerToken(request.headers), token)) {
    return jsonError(401, 'unauthorized', 'Send the metrics token as a bearer token.', {
      'WWW-Authenticate': 'Bearer realm="metrics"',
    });
  }
  return new Response(await metrics.scrape(), {
    // Prometheus 3 needs the version to pick the classic text parser.
    headers: {
      'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
}
