import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { findProgram, run } from './processes';
import { supervise, type Supervised } from './supervisor';

/**
 * What answers on `host:port`: a Redis (any RESP reply to PING, +PONG or an auth error),
 * something else, or nothing at all.
 */
export function probeRedis(port: number, host = '127.0.0.1'): Promise<'redis' | 'other' | 'free'> {
  return new Promise((settle) => {
    const socket = connect({ port, host });
    const done = (what: 'redis' | 'other' | 'free') => {
      socket.destroy();
      settle(what);
    };
    socket.setTimeout(1_000, () => done('other'));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(/^[+-]/.test(data.toString('latin1')) ? 'redis' : 'other'));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done(error.code === 'ECONNREFUSED' ? 'free' : 'other'),
    );
  });
}

async function waitForRedis(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`redis-server exited with ${child.exitCode ?? child.signalCode}`);
    if ((await probeRedis(port)) === 'redis') return;
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error(`redis-server did not answer on 127.0.0.1:${port} within 15 s`);
}

/**
 * A Redis for the cluster alone: loopback, nothing saved (the shared cache is rebuilt from the
 * services), its working folder in `dir`. Supervised like every other child.
 */
export function superviseRedis(
  port: number,
  dir: string,
  giveUp: (reason: string) => void,
): Supervised {
  const program = findProgram('redis-server');
  if (!program) throw new Error('redis-server not found: apt-get install -y redis-server');
  mkdirSync(dir, { recursive: true });
  const args = [
    ...['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes'],
    ...['--save', '', '--appendonly', 'no', '--dir', resolve(dir), '--loglevel', 'warning'],
  ];
  return supervise({
    name: 'Redis',
    spawn: () => run(program, args, process.env),
    ready: (child) => waitForRedis(port, child),
    giveUp,
  });
}
