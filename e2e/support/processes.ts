import { readdirSync, readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { stack } from './stack';

/** Pids of the processes whose command line holds every one of `parts`, read from /proc. */
function pidsOf(...parts: string[]): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let command: string[];
    try {
      command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    if (parts.every((part) => command.includes(part))) pids.push(Number(entry));
  }
  return pids;
}

/** The stack's storefront server process (scripts/serve.ts on the e2e port). */
export function storefrontPid(): number {
  const port = new URL(stack.storefrontUrl).port;
  const [pid] = pidsOf('scripts/serve.ts', port);
  if (pid === undefined) throw new Error(`no storefront server on port ${port}`);
  return pid;
}

/** The services' pid as they report it, or undefined while nothing answers. */
export async function servicesPid(request: APIRequestContext): Promise<number | undefined> {
  const response = await request
    .get(`${stack.servicesUrl}/__ops/health`, { timeout: 2_000 })
    .catch(() => undefined);
  return response?.ok() ? ((await response.json()) as { pid: number }).pid : undefined;
}
