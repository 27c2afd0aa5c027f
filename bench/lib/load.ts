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

export interface MixLoad {
  connections: number;
  seconds: number;
  /** The path of each next request (a draw from a query mix, or always the same page). */
  nextPath: () => string;
}

/**
 * Requests to ever-changing paths of one origin. autocannon reports no p95, so every answer's
 * time is kept and the percentiles are read off the sorted list.
 */
export async function measureMix(origin: string, load: MixLoad) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections: load.connections,
        duration: load.seconds,
        requests: [{ setupRequest: (request) => ({ ...request, path: load.nextPath() }) }],
      },
      (error: unknown, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0);
  return {
    'req/s': Math.round(result.requests.total / load.seconds),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
