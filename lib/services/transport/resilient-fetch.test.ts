import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './circuit-breaker';
import { handleInScope, newRequestScope } from './request-scope';
import { CircuitOpenError, createResilientFetch, TimeoutError } from './resilient-fetch';

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

const policy = { timeoutMs: 300, retries: 2, backoffMs: 5, deadlineMs: 5_000 };

/** A client's fetch with a breaker of its own, so no test inherits another's failures. */
const resilient = (overrides: Partial<typeof policy> = {}, breaker = createCircuitBreaker()) =>
  createResilientFetch({ ...policy, ...overrides }, 'test', breaker);

describe('resilientFetch', () => {
  it('sends a W3C traceparent on every attempt', async () => {
    await resilient()(new Request(`${baseUrl}/x`));
    expect(seen[0]?.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('sends one trace context for all attempts of a call, and a new one for the next call', async () => {
    script = (_req, attempt) => ({ status: attempt < 3 ? 503 : 200 });
    const fetchOnce = resilient();
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
    const response = await resilient()(new Request(`${baseUrl}/x`));
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(3);
  });

  it('gives up after the retry budget and returns the last response', async () => {
    script = () => ({ status: 503 });
    const response = await resilient()(new Request(`${baseUrl}/x`));
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(3);
  });

  it('never retries a write', async () => {
    script = () => ({ status: 503 });
    const response = await resilient()(new Request(`${baseUrl}/x`, { method: 'POST', body: '{}' }));
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    script = () => ({ status: 404 });
    await resilient()(new Request(`${baseUrl}/x`));
    expect(seen).toHaveLength(1);
  });

  it('times out each attempt and reports a TimeoutError', async () => {
    script = () => ({ status: 200, delayMs: 1000 });
    await expect(resilient({ retries: 1 })(new Request(`${baseUrl}/x`))).rejects.toBeInstanceOf(
      TimeoutError,
    );
    expect(seen).toHaveLength(2);
  });

  it('reports a refused connection as a network error after retrying', async () => {
    await expect(resilient()(new Request('http://127.0.0.1:1/x'))).rejects.toThrow();
  });

  it('stops a read at its deadline, however many attempts were left', async () => {
    script = () => ({ status: 200, delayMs: 1_000 });
    const startedAt = performance.now();
    await expect(
      resilient({ timeoutMs: 250, deadlineMs: 400 })(new Request(`${baseUrl}/x`)),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - startedAt).toBeLessThan(900);
    expect(seen).toHaveLength(2);
  });

  it('opens after five failed calls and then refuses reads without sending them', async () => {
    script = () => ({ status: 503 });
    const breaker = createCircuitBreaker({ failuresToOpen: 5, windowMs: 60_000, openMs: 60_000 });
    const call = resilient({ retries: 0 }, breaker);
    for (let i = 0; i < 5; i++) expect((await call(new Request(`${baseUrl}/x`))).status).toBe(503);
    expect(breaker.state).toBe('open');
    await expect(call(new Request(`${baseUrl}/x`))).rejects.toBeInstanceOf(CircuitOpenError);
    expect(seen).toHaveLength(5);
    expect(breaker.refused).toBe(1);
  });

  it('with the breaker open, lets a cacheable read look in the data cache only briefly', async () => {
    script = () => ({ status: 200, delayMs: 500 });
    const breaker = createCircuitBreaker({ failuresToOpen: 1, windowMs: 60_000, openMs: 60_000 });
    breaker.record(false);
    const cacheable = Object.assign(new Request(`${baseUrl}/x`), { next: { revalidate: 60 } });
    const startedAt = performance.now();
    await expect(resilient({}, breaker)(cacheable)).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - startedAt).toBeLessThan(400);
    expect(breaker.state).toBe('open');
  });

  it('inside a cache-only request scope, reads nothing: not the service, not its cache', async () => {
    const cacheable = Object.assign(new Request(`${baseUrl}/x`), { next: { revalidate: 60 } });
    for (const request of [cacheable, new Request(`${baseUrl}/y`)]) {
      const read = handleInScope(newRequestScope({ cacheOnly: true }), () => resilient()(request));
      await expect(read).rejects.toThrow(TimeoutError);
    }
    expect(seen).toHaveLength(0);
  });
});
