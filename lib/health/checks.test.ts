import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisConnection } from '@/lib/redis/connection';
import { checkHttp, checkRedis } from './checks';

describe('checkHttp', () => {
  // /hang never answers; /<status> answers that status.
  const server = createServer((incoming, outgoing) => {
    if (incoming.url === '/hang') return;
    outgoing.writeHead(Number(incoming.url?.slice(1))).end();
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((settle) => server.listen(0, '127.0.0.1', settle));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('counts any answer below 500 as up', async () => {
    expect((await checkHttp(`${base}/200`, 500)).ok).toBe(true);
    expect((await checkHttp(`${base}/404`, 500)).ok).toBe(true);
    expect(await checkHttp(`${base}/503`, 500)).toMatchObject({ ok: false, error: 'HTTP 503' });
  });

  it('gives up at its deadline', async () => {
    const check = await checkHttp(`${base}/hang`, 200);
    expect(check).toMatchObject({ ok: false, error: 'timed out' });
    expect(check.ms).toBeLessThan(1_000);
  });

  it('says why nothing answered', async () => {
    const closed = createServer();
    await new Promise<void>((settle) => closed.listen(0, '127.0.0.1', settle));
    const { port } = closed.address() as AddressInfo;
    await new Promise((settle) => closed.close(settle));
    const check = await checkHttp(`http://127.0.0.1:${port}/`, 500);
    expect(check.ok).toBe(false);
    expect(check.error).toMatch(/ECONNREFUSED/);
  });
});

describe('checkRedis', () => {
  const connection = (attempt: () => Promise<unknown>) =>
    ({ attempt }) as unknown as RedisConnection;

  it('is up when PING answers', async () => {
    expect(
      (
        await checkRedis(
          connection(async () => 'PONG'),
          500,
        )
      ).ok,
    ).toBe(true);
  });

  it('is down while the connection is (attempt answers undefined)', async () => {
    expect(
      await checkRedis(
        connection(async () => undefined),
        500,
      ),
    ).toMatchObject({ ok: false });
  });

  it('gives up at its deadline when Redis hangs', async () => {
    const check = await checkRedis(
      connection(() => new Promise(() => {})),
      100,
    );
    expect(check.ok).toBe(false);
    expect(check.ms).toBeLessThan(1_000);
  });
});
