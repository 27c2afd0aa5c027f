import type { ChildProcess } from 'node:child_process';

export interface SuperviseOptions {
  /** Names the child in log lines and in the give-up message. */
  name: string;
  spawn: () => ChildProcess;
  /** Resolves once a freshly spawned child serves; rejects when it never comes up. */
  ready: (child: ChildProcess) => Promise<void>;
  /** Called once, when restarting is hopeless; the caller stops everything. */
  giveUp: (reason: string) => void;
  /** Give up at this many unexpected exits within `windowMs`. */
  maxCrashes?: number;
  windowMs?: number;
  log?: (line: string) => void;
}

export interface Supervised {
  /** Settles once the first child is ready; rejects (and supervises nothing) when it never is. */
  started: Promise<void>;
  /** Deliberate stop: terminates the current child and restarts nothing from now on. */
  stop(): void;
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/**
 * Keeps a long-running child alive: when it exits without `stop()` (a crash, a SIGKILL), it is
 * spawned again and awaited with `ready`. A child that crashes again and again would only hide
 * the problem, so `maxCrashes` exits within `windowMs`, or a restarted child that never gets
 * ready, end in `giveUp`. A first child that never gets ready is a start-up error (bad
 * configuration, port in use), reported through `started` rather than retried.
 */
export function supervise(options: SuperviseOptions): Supervised {
  const { name, maxCrashes = 5, windowMs = 60_000, log = console.error } = options;
  const crashes: number[] = [];
  let stopped = false;
  let child = options.spawn();

  const giveUp = (reason: string) => {
    stopped = true;
    if (running(child)) child.kill('SIGTERM');
    options.giveUp(reason);
  };

  const restart = (code: number | null, signal: NodeJS.Signals | null) => {
    if (stopped) return;
    const now = Date.now();
    crashes.push(now);
    while (crashes[0]! <= now - windowMs) crashes.shift();
    const how = signal ?? `exit code ${code}`;
    if (crashes.length >= maxCrashes) {
      giveUp(
        `${name} crashed ${crashes.length} times within ${windowMs / 1000} s (last: ${how}); giving up.`,
      );
      return;
    }
    log(
      `${name} exited unexpectedly (${how}); restarting (crash ${crashes.length} of ${maxCrashes} allowed within ${windowMs / 1000} s)`,
    );
    const restarted = (child = options.spawn());
    restarted.once('exit', restart);
    options.ready(restarted).catch((error: unknown) => {
      // One that died while starting was counted by its exit listener; one that hangs is hopeless.
      if (running(restarted) && !stopped)
        giveUp(
          `${name} did not come back: ${error instanceof Error ? error.message : String(error)}`,
        );
    });
  };

  const first = child;
  const started = options.ready(first).then(() => {
    if (!running(first)) throw new Error(`${name} exited while starting`);
    first.once('exit', restart);
  });

  return {
    started,
    stop() {
      stopped = true;
      if (running(child)) child.kill('SIGTERM');
    },
  };
}
