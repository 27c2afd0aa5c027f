import autocannon from 'autocannon';

/** The load every throughput bench applies: autocannon, 50 connections, BENCH_DURATION_S (10 s). */
export const CONNECTIONS = 50;
export const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);

/** `headers` are sent as they are with every request (a fixed cookie, a user agent). */
export async function measure(url: string, headers?: Record<string, string>) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    bytesPerAnswer: Math.round(result.throughput.average / Math.max(result.requests.average, 1)),
  };
}
