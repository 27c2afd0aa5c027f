import { execFileSync } from 'node:child_process';
import { clusterStack } from './cluster-stack';
import { htmlVariants } from './experiments';

export const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

export interface TierAnswer {
  status: number;
  /** What the tier did: HIT, MISS, STALE or BYPASS. */
  cache: string | null;
  age: string | null;
  cacheControl: string | null;
  setCookies: string[];
  body: string;
  /** The experiments meta of an HTML page: null when it has none (the plain page). */
  variants: Record<string, string> | null;
}

/**
 * One request through the cache tier with Node's fetch: no cookie jar, so a request without a
 * cookie header is a first visit, as the tier sees it.
 */
export async function tierGet(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<TierAnswer> {
  const response = await fetch(`${clusterStack.tierUrl}${path}`, {
    method,
    headers,
    redirect: 'manual',
  });
  const body = await response.text();
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    age: response.headers.get('age'),
    cacheControl: response.headers.get('cache-control'),
    setCookies: response.headers.getSetCookie(),
    body,
    variants: htmlVariants(body),
  };
}

/** The visitor id a first visit was given. */
export function visitorIdOf(answer: TierAnswer): string | undefined {
  return answer.setCookies.map((cookie) => /^vid=([^;]+)/.exec(cookie)?.[1]).find(Boolean);
}

/** The processes listening on `ports` (the storefront instances), from ss(8). */
export function listeningPids(ports: number[]): number[] {
  return ports.map((port) => {
    const line = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
    const pid = /pid=(\d+)/.exec(line)?.[1];
    if (!pid) throw new Error(`nothing listens on ${port}: ${line}`);
    return Number(pid);
  });
}
