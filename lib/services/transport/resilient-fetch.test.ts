import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createResilientFetch, TimeoutError } from './resilient-fetch';

/** A real local server whose behaviour each test scripts, so retries and timeouts are real. */
let server: Server;
let baseUrl: string;
let script:
  ((req: IncomingMessage, attempt: number) => { status: number; delayMs?: number }) | undefined;
let seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    const { status, delayMs = 0 } = script?.(req, seen.length) ?? { status: 200 };
    setTimeout(
      () => res.writeHead(status, { 'content-type': 'application/json' }).end('{"ok":true}'),
      delayMs,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  script = undefined;
});

const policy = { timeoutMs: 300, retries: 2, backoffMs: 5 };

describe('resilientFetch', () => {
  it('sends a W3C traceparent on every attempt', async () => {
    await createResilientFetch(policy, 'test')(new Request(`${baseUrl}/x`));
    expect(seen[0]?.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('sends one trace context for all attempts of a call, and a new one for the next call', async () => {
    script = (_req, attempt) => ({ status: attempt < 3 ? 503 : 200 });
    const fetchOnce = createResilientFetch(policy, 'test');
    await fetchOnce(new Request(`${baseUrl}/x`));
    expect(seen).toHaveLength(3);
    const [first, ...retries] = seen.map((req) => req.headers.traceparent);
    expect(retries).toEqual([first, first]);
    script = undefined;
    await fetchOnce(new Request(`${baseUrl}/x`));
    expect(seen[3]?.headers.traceparent).not.toBe(first);
  });

  it('retries idempotent reads on transient statuses, then succeeds', async () => {
    script = (_req, attempt) => ({ status: attempt < 3 ? 503 : 200 });
    const response = await createResilientFetch(policy, 'test')(new Request(`${baseUrl}/x`));
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(3);
  });

  it('gives up after the retry budget and returns the last response', async () => {
    script = () => ({ status: 503 });
    const response = await createResilientFetch(policy, 'test')(new Request(`${baseUrl}/x`));
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(3);
  });

  it('never retries a write', async () => {
    script = () => ({ status: 503 });
    const response = await createResilientFetch(
      policy,
      'test',
    )(new Request(`${baseUrl}/x`, { method: 'POST', body: '{}' }));
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    script = () => ({ status: 404 });
    await createResilientFetch(policy, 'test')(new Request(`${baseUrl}/x`));
    expect(seen).toHaveLength(1);
  });

  it('times out each attempt and reports a TimeoutError', async () => {
    script = () => ({ status: 200, delayMs: 1000 });
    await expect(
      createResilientFetch({ ...policy, retries: 1 }, 'test')(new Request(`${baseUrl}/x`)),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(seen).toHaveLength(2);
  });

  it('reports a refused connection as a network error after retrying', async () => {
    await expect(
      createResilientFetch(policy, 'test')(new Request('http://127.0.0.1:1/x')),
    ).rejects.toThrow();
  });
});
