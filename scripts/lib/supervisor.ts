import type { ChildProcess } from 'node:child_process';

interface HealthCheck {
  /** Resolves true when the child answers as it should; a hang must resolve false in time. */
  probe: (child: ChildProcess) => Promise<boolean>;
  intervalMs: number;
  /** Consecutive failed probes that make a running child hung: it is killed and restarted. */
  misses: number;
}

export interface SuperviseOptions {
  /** Names the child in log lines and in the give-up message. */
  name: string;
  spawn: () => ChildProcess;
  /** Resolves once a freshly spawned child serves; rejects when it never comes up. */
  ready: (child: ChildProcess) => Promise<void>;
  /** Called once, when restarting is hopeless; the caller stops everything. */
  giveUp: (reason: string) => void;
  /** Give up (or cool down) at this many unexpected exits within `windowMs`. */
  maxCrashes?: number;
  windowMs?: number;
  /**
   * Instead of giving up on a crash loop, wait this long and start again, for as long as it
   * takes: for a child whose absence the rest of the stack survives (the services, behind a
   * storefront that still serves cached pages), where giving up would stop what still works.
   */
  coolDownMs?: number;
  /** Probes a ready child, so a hang (alive, answering nothing) is restarted like a crash. */
  health?: HealthCheck;
  log?: (line: string) => void;
}

export interface Supervised {
  /** Settles once the first child is ready; rejects (and supervises nothing) when it never is. */
  started: Promise<void>;
  /** Deliberate stop: terminates the current child and restarts nothing from now on. */
  stop(): void;
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Keeps a long-running child alive: when it exits without `stop()` (a crash, a SIGKILL), or
 * stops answering its health check (a hang: it is killed first), it is spawned again and
 * awaited with `ready`. A child that crashes again and again would only hide the problem, so
 * `maxCrashes` exits within `windowMs`, or a restarted child that never gets ready, end in
 * `giveUp`, unless `coolDownMs` says to pause and try again. A first child that never gets ready
 * is a start-up error (bad configuration, port in use), reported through `started` rather than
 * retried.
 */
export function supervise(options: SuperviseOptions): Supervised {
  const { name, maxCrashes = 5, windowMs = 60_000, log = console.error } = options;
  const crashes: number[] = [];
  let stopped = false;
  let child = options.spawn();
  let timer: NodeJS.Timeout | undefined;

  const giveUp = (reason: string) => {
    stopped = true;
    if (running(child)) child.kill('SIGTERM');
    options.giveUp(reason);
  };

  const watchHealth = (watched: ChildProcess) => {
    const { health } = options;
    if (!health) return;
    let missed = 0;
    const check = async () => {
      if (stopped || watched !== child || !running(watched)) return;
      missed = (await health.probe(watched).catch(() => false)) ? 0 : missed + 1;
      if (missed >= health.misses && watched === child && running(watched) && !stopped) {
        log(`${name}: no answer to ${missed} health checks in a row; killing it`);
        watched.kill('SIGKILL'); // its exit listener restarts it
        return;
      }
      timer = setTimeout(check, health.intervalMs);
    };
    timer = setTimeout(check, health.intervalMs);
  };

  const start = () => {
    const restarted = (child = options.spawn());
    restarted.once('exit', restart);
    options.ready(restarted).then(
      () => watchHealth(restarted),
      (error: unknown) => {
        // One that died while starting was counted by its exit listener; one that hangs is
        // hopeless, or, with a cool-down, killed and counted like a crash.
        if (!running(restarted) || stopped) return;
        if (options.coolDownMs === undefined)
          giveUp(`${name} did not come back: ${message(error)}`);
        else restarted.kill('SIGKILL');
      },
    );
  };

  const restart = (code: number | null, signal: NodeJS.Signals | null) => {
    if (stopped) return;
    clearTimeout(timer);
    const now = Date.now();
    crashes.push(now);
    while (crashes[0]! <= now - windowMs) crashes.shift();
    const how = signal ?? `exit code ${code}`;
    const within = `within ${windowMs / 1000} s`;
    if (crashes.length >= maxCrashes) {
      if (options.coolDownMs === undefined) {
        giveUp(`${name} crashed ${crashes.length} times ${within} (last: ${how}); giving up.`);
        return;
      }
      log(
        `${name} crashed ${crashes.length} times ${within} (last: ${how}); trying again in ${options.coolDownMs / 1000} s`,
      );
      crashes.length = 0;
      timer = setTimeout(() => stopped || start(), options.coolDownMs);
      return;
    }
    log(
      `${name} exited unexpectedly (${how}); restarting (crash ${crashes.length} of ${maxCrashes} allowed ${within})`,
    );
    start();
  };

  const first = child;
  const started = options.ready(first).then(() => {
    if (!running(first)) throw new Error(`${name} exited while starting`);
    first.once('exit', restart);
    watchHealth(first);
  });

  return {
    started,
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (running(child)) child.kill('SIGTERM');
    },
  };
}
