import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** Spawns a child that shares our terminal and dies with us. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: 'inherit', env });
}

export function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

/**
 * Polls a URL until it answers 2xx and `accept` (if given) agrees with the answer, or fails after
 * the timeout naming what never came up.
 */
export async function waitForHttp(
  url: string,
  timeoutMs: number,
  child?: ChildProcess,
  accept: (response: Response) => Promise<boolean> = async () => true,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(
        `${url}: the process serving it exited with ${child.exitCode ?? child.signalCode}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok && (await accept(response))) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Whether nothing listens on `host:port` yet (we could bind it). */
export function portFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * The path of a program found on PATH or in the sbin folders (where Debian puts haproxy, and
 * which a non-root PATH often leaves out), or undefined: spawning a missing program would only
 * fail later, with an 'error' event instead of a sentence.
 */
export function findProgram(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const dirs = [...onPath, '/usr/local/sbin', '/usr/sbin', '/sbin'];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
