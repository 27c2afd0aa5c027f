import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { supervise, type Supervised } from './supervisor';

/** A child that idles until killed, or one that exits with code 3 as soon as it runs. */
const idle = () =>
  spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
const crashing = () => spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' });
const spawned = async (child: ChildProcess) => {
  await once(child, 'spawn');
};

/** Spawns with `make` and remembers every child, oldest first. */
function recorder(make: (index: number) => ChildProcess) {
  const children: ChildProcess[] = [];
  return { children, spawn: () => children[children.push(make(children.length)) - 1]! };
}

// Spawning node takes a while on a busy machine; vi.waitFor's default of 1 s is not enough.
const WAIT = { timeout: 15_000 };

let supervised: Supervised | undefined;
afterEach(() => supervised?.stop());

describe('supervise', () => {
  it('restarts a child killed from outside with one log line, and restarts nothing after stop()', async () => {
    const { children, spawn } = recorder(idle);
    const log = vi.fn();
    supervised = supervise({ name: 'worker', spawn, ready: spawned, giveUp: vi.fn(), log });
    await supervised.started;

    children[0]!.kill('SIGKILL');
    await vi.waitFor(() => expect(children).toHaveLength(2), WAIT);
    expect(log).toHaveBeenCalledExactlyOnceWith(
      'worker exited unexpectedly (SIGKILL); restarting (crash 1 of 5 allowed within 60 s)',
    );

    supervised.stop();
    await once(children[1]!, 'exit');
    expect(children).toHaveLength(2);
  });

  it('gives up at the fifth crash within the window', async () => {
    // The first child starts fine and is killed; every restart crashes at once.
    const { children, spawn } = recorder((index) => (index === 0 ? idle() : crashing()));
    const giveUp = vi.fn();
    supervised = supervise({ name: 'worker', spawn, ready: spawned, giveUp, log: vi.fn() });
    await supervised.started;

    children[0]!.kill('SIGKILL');
    await vi.waitFor(
      () =>
        expect(giveUp).toHaveBeenCalledExactlyOnceWith(
          'worker crashed 5 times within 60 s (last: exit code 3); giving up.',
        ),
      WAIT,
    );
    expect(children).toHaveLength(5);
  });

  it('reports a first child that never gets ready instead of restarting it', async () => {
    const { children, spawn } = recorder(crashing);
    supervised = supervise({
      name: 'worker',
      spawn,
      ready: () => Promise.reject(new Error('no answer')),
      giveUp: vi.fn(),
    });
    await expect(supervised.started).rejects.toThrow('no answer');
    await once(children[0]!, 'exit');
    expect(children).toHaveLength(1);
  });
});

describe('supervise with a health check and a cool-down', () => {
  it('kills and restarts a child that stops answering its health check', async () => {
    const { children, spawn } = recorder(idle);
    const log = vi.fn();
    // The first child hangs (never answers); its replacement is healthy.
    const probe = async (child: ChildProcess) => child !== children[0];
    supervised = supervise({
      name: 'worker',
      spawn,
      ready: spawned,
      giveUp: vi.fn(),
      health: { probe, intervalMs: 20, misses: 3 },
      log,
    });
    await supervised.started;
    await vi.waitFor(() => expect(children).toHaveLength(2), WAIT);
    expect(children[0]!.signalCode).toBe('SIGKILL');
    expect(log).toHaveBeenCalledWith('worker: no answer to 3 health checks in a row; killing it');
    // The healthy one is left alone.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(children).toHaveLength(2);
  });

  it('pauses a crash loop and tries again instead of giving up', async () => {
    const { children, spawn } = recorder((index) =>
      index === 0 || index >= 5 ? idle() : crashing(),
    );
    const giveUp = vi.fn();
    const log = vi.fn();
    supervised = supervise({
      name: 'worker',
      spawn,
      ready: spawned,
      giveUp,
      coolDownMs: 300,
      log,
    });
    await supervised.started;
    children[0]!.kill('SIGKILL');
    await vi.waitFor(() => expect(children).toHaveLength(6), WAIT);
    expect(giveUp).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(
      'worker crashed 5 times within 60 s (last: exit code 3); trying again in 0.3 s',
    );
  });
});
