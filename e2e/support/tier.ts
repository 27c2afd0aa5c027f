import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * The processes listening on `ports` (the storefront instances), from /proc: the listening
 * socket's inode in /proc/net/tcp, then the process holding it among /proc/<pid>/fd.
 */
export function listeningPids(ports: number[]): number[] {
  const table = readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1);
  const pids = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      const link = readlinkSafe(`/proc/${pid}/fd/${fd}`);
      const inode = link && /^socket:\[(\d+)\]$/.exec(link)?.[1];
      if (inode) pids.set(inode, Number(pid));
    }
  }
  return ports.map((port) => {
    const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
    // Columns: sl, local address, remote address, state (0A: LISTEN), …, inode (10th).
    const row = table
      .map((line) => line.trim().split(/\s+/))
      .find((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A');
    const pid = row && pids.get(row[9]!);
    if (!pid) throw new Error(`nothing listens on ${port}`);
    return pid;
  });
}

function readlinkSafe(path: string): string | undefined {
  try {
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}

/** Requests the tier has sent to the storefront so far (varnishstat's MAIN.backend_req). */
export function originRequests(): number {
  const workdir = join(tmpdir(), `storefront-varnish-${clusterStack.tierPort}`, 'work');
  const out = execFileSync('varnishstat', ['-n', workdir, '-1', '-f', 'MAIN.backend_req'], {
    encoding: 'utf8',
  });
  return Number(/MAIN\.backend_req\s+(\d+)/.exec(out)?.[1]);
}
