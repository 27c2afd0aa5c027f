import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * What the cache tier (Varnish, scripts/lib/cache-tier.ts) did, read from outside with Varnish's
 * own tools on its working folder: its counters (varnishstat) and, for a window, every request
 * it sent the origin (varnishncsa -b), so a bench counts origin requests without trusting the
 * origin's own logs or the tier's response headers.
 */

const run = promisify(execFile);

/** MAIN.* counters (client_req, backend_req, cache_hit, s_pass…) by name without `MAIN.`. */
export async function tierCounters(workDir: string): Promise<Record<string, number>> {
  const { stdout } = await run('varnishstat', ['-n', workDir, '-1', '-j', '-f', 'MAIN.*']);
  const { counters } = JSON.parse(stdout) as { counters: Record<string, { value: number }> };
  return Object.fromEntries(
    Object.entries(counters).map(([name, { value }]) => [name.replace(/^MAIN\./, ''), value]),
  );
}

/** One request the tier sent the origin. */
export interface OriginRequest {
  /** The path fetched: a page's variant path, the plain page, or /api/edge/variant. */
  path: string;
  /** For /api/edge/variant: the page the question was about. */
  edgePath: string | undefined;
  /** Whether the question carried the visitor's cookie (a known visitor). */
  withCookie: boolean;
  userAgent: string;
}

const FIELD = '\t';
const missing = (value: string | undefined) =>
  value === undefined || value === '-' ? undefined : value;

/**
 * Starts logging the tier's origin requests; `stop()` ends the log and returns them. varnishncsa
 * writes a line per finished backend transaction and flushes each; it needs a moment to attach,
 * hence `ready`.
 */
export function recordOriginRequests(workDir: string) {
  const format = ['%U', '%{x-edge-path}i', '%{Cookie}i', '%{User-Agent}i'].join(FIELD);
  const child = spawn('varnishncsa', ['-n', workDir, '-b', '-F', format], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let text = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    ready: new Promise((wake) => setTimeout(wake, 1_500)),
    async stop(): Promise<OriginRequest[]> {
      // Lets the last transactions of the window reach the log before it ends.
      await new Promise((wake) => setTimeout(wake, 1_500));
      child.kill('SIGTERM');
      await exited;
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [path = '', edgePath, cookie, userAgent = ''] = line.split(FIELD);
          const withCookie = missing(cookie) !== undefined;
          return { path, edgePath: missing(edgePath), withCookie, userAgent };
        });
    },
  };
}
