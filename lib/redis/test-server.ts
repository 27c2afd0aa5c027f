import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { connectRedis, type RedisConnection } from './connection';

/**
 * A throwaway redis-server for one test file (tests only): loopback, a free port, nothing saved.
 *
 *   const redis = testRedis();            // in the file's top level
 *   beforeAll(() => redis.start());
 *   afterAll(() => redis.stop());
 *   describe.skipIf(!redis.available)(…)  // with the reason in redis.skipReason
 *
 * `connect()` opens a connection the way production does (connectRedis), waits for it, and
 * closes it in `stop()`; its deadline is generous (1 s) so a loaded test machine does not
 * time out (pass a short one to test a hung Redis). `kill()` and `pause()` simulate a Redis
 * that is gone or hung.
 */
const REDIS_SERVER = '/usr/bin/redis-server';

export function testRedis() {
  const available = existsSync(REDIS_SERVER);
  let child: ChildProcess | undefined;
  let port = 0;
  const connections: RedisConnection[] = [];

  return {
    available,
    skipReason: available ? '' : `${REDIS_SERVER} not found (apt-get install redis-server)`,
    get url(): string {
      return `redis://127.0.0.1:${port}`;
    },
    async start(): Promise<void> {
      if (!available) return;
      port ||= await freePort();
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly'];
      child = spawn(REDIS_SERVER, [...args, 'no', '--loglevel', 'warning'], { stdio: 'ignore' });
      await waitForPort(port);
    },
    async connect(
      commandTimeoutMs = 1_000,
      log: (line: string) => void = () => undefined,
    ): Promise<RedisConnection> {
      const connection = connectRedis({ url: this.url, commandTimeoutMs, log });
      connections.push(connection);
      await connection.ready;
      return connection;
    },
    /** Gone: the process is killed (start() brings a fresh, empty one up on the same port). */
    kill(): void {
      child?.kill('SIGKILL');
      child = undefined;
    },
    /** Hung: the socket stays open and nothing answers, until resume(). */
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    stop(): void {
      for (const connection of connections.splice(0)) connection.close();
      child?.kill('SIGKILL');
      child = undefined;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitForPort(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((wake) => setTimeout(wake, 25));
  }
  throw new Error(`redis-server did not listen on 127.0.0.1:${port} within 10 s`);
}
