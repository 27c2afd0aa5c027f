import type { ChildProcess } from 'node:child_process';

interface Stoppable {
  stop(): void;
}

export interface Shutdown {
  /** Stops everything registered (newest first) and exits with `code`. */
  stopAll(code: number): never;
  /** Says why on stderr, then stops everything and exits with 1 (a supervisor's `giveUp`). */
  fail(reason: unknown): never;
  /** Registers a supervised child (scripts/lib/supervisor.ts): stopped, so never restarted. */
  add<T extends Stoppable>(part: T): T;
  /** Registers a plain child: sent SIGTERM if still running. */
  child(child: ChildProcess): ChildProcess;
}

/**
 * What a runner script (`npm start`, `npm run cluster`) started, stopped together: on Ctrl-C
 * (SIGINT), on SIGTERM, or when the script ends itself (a failed build, a supervisor giving up).
 */
export function shutdownOnSignals(): Shutdown {
  const parts: Stoppable[] = [];
  const stopAll = (code: number): never => {
    for (const part of [...parts].reverse()) part.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => stopAll(130));
  process.on('SIGTERM', () => stopAll(143));
  return {
    stopAll,
    fail(reason) {
      console.error(reason);
      return stopAll(1);
    },
    add(part) {
      parts.push(part);
      return part;
    },
    child(child) {
      parts.push({
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        },
      });
      return child;
    },
  };
}
