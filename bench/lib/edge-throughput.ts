import { measure } from './load';
import { tierCounters } from './tier-log';

/**
 * Throughput targets through the cache tier, measured in interleaved rounds (the order reversed
 * every other round, so a machine getting busier or quieter does not favour one target), each
 * with what the tier did meanwhile from its counters: the origin requests per answer is what a
 * target costs the storefront behind the tier.
 */
export interface EdgeTarget {
  label: string;
  url: string;
  headers?: Record<string, string>;
}

export interface TargetResult {
  target: EdgeTarget;
  /** Per round, in round order. */
  rps: number[];
  p99: number[];
  errors: number;
  bytesPerAnswer: number;
  /** Over every round: the tier's client requests, origin requests, hits and passes. */
  clientRequests: number;
  originRequests: number;
  hits: number;
  passes: number;
  /** X-Cache of a single request just before the first round. */
  xCache: string;
}

async function xCacheOf(target: EdgeTarget): Promise<string> {
  const response = await fetch(target.url, { headers: target.headers });
  await response.arrayBuffer();
  return `${response.status} ${response.headers.get('x-cache') ?? 'no X-Cache'}`;
}

export async function measureTargets(
  targets: EdgeTarget[],
  options: { rounds: number; tierWorkDir: string; say: (line: string) => void },
): Promise<TargetResult[]> {
  const results = targets.map((target): TargetResult => ({
    target,
    rps: [],
    p99: [],
    errors: 0,
    bytesPerAnswer: 0,
    clientRequests: 0,
    originRequests: 0,
    hits: 0,
    passes: 0,
    xCache: '',
  }));
  // Twice each first: the first request of a target may be the one that fills the cache.
  for (const result of results) {
    await xCacheOf(result.target);
    result.xCache = await xCacheOf(result.target);
  }
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 ? [...results].reverse() : results;
    for (const result of order) {
      const before = await tierCounters(options.tierWorkDir);
      const { rps, p99, errors, bytesPerAnswer } = await measure(
        result.target.url,
        result.target.headers,
      );
      const after = await tierCounters(options.tierWorkDir);
      const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
      result.rps.push(rps);
      result.p99.push(p99);
      result.errors += errors;
      result.bytesPerAnswer = bytesPerAnswer;
      result.clientRequests += delta('client_req');
      result.originRequests += delta('backend_req');
      result.hits += delta('cache_hit');
      result.passes += delta('s_pass');
      options.say(`round ${round + 1}: ${result.target.label}: ${rps} req/s, p99 ${p99} ms`);
    }
  }
  return results;
}
