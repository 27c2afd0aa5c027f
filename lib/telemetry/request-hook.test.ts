import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createResilientFetch } from '@/lib/services/transport/resilient-fetch';
import { serverTimingListener, type ServerTimingOptions } from './request-hook';

const CHANNEL = 'http.server.request.start';
const servers: Server[] = [];
async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let upstream: string;
let app: string;
const serviceFetch = createResilientFetch(
  { timeoutMs: 1000, retries: 0, backoffMs: 1, deadlineMs: 1000 },
  'upstream',
);

beforeAll(async () => {
  // As with an OTLP endpoint, the request's context lives in OpenTelemetry's context manager.
  context.setGlobalContextManager(new AsyncLocalStorageContextManager());
  // A service that takes 30 ms to answer.
  upstream = await listen((_req, res) => setTimeout(() => res.end('{}'), 30));
  // A stand-in for the storefront: ?calls=n makes n service calls one after the other.
  app = await listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    for (let i = 0; i < Number(url.searchParams.get('calls') ?? 0); i++)
      await (await serviceFetch(new Request(upstream))).text();
    if (url.searchParams.has('own')) res.setHeader('Server-Timing', 'cache;desc="hit"');
    if (url.searchParams.has('explicit')) res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
});
afterAll(() =>
  Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))),
);

let listener: ((message: unknown) => void) | undefined;
function hook(options: ServerTimingOptions): void {
  listener = serverTimingListener(options);
  subscribe(CHANNEL, listener);
}
afterEach(() => {
  if (listener) unsubscribe(CHANNEL, listener);
});

const timingOf = async (path: string) =>
  (await fetch(`${app}${path}`)).headers.get('server-timing') ?? '';
const durations = (header: string) =>
  Object.fromEntries(
    [...header.matchAll(/(\w+);dur=([\d.]+)/g)].map(([, name, dur]) => [name, Number(dur)]),
  );

describe('Server-Timing with service calls (tracing on)', () => {
  it('reports the time to headers and the service calls made before them', async () => {
    hook({ serviceCalls: true });
    const header = await timingOf('/?calls=2');
    expect(header).toMatch(/^app;dur=[\d.]+, svc;dur=[\d.]+;desc="service calls \(2\)"$/);
    const { app: total, svc } = durations(header);
    expect(svc).toBeGreaterThanOrEqual(60);
    expect(total).toBeGreaterThanOrEqual(svc!);
  });

  it('has only app when no service was called, whether headers are written explicitly or by end()', async () => {
    hook({ serviceCalls: true });
    expect(await timingOf('/')).toMatch(/^app;dur=[\d.]+$/);
    expect(await timingOf('/?explicit')).toMatch(/^app;dur=[\d.]+$/);
  });

  it('keeps a Server-Timing entry the handler set itself', async () => {
    hook({ serviceCalls: true });
    expect(await timingOf('/?own')).toMatch(/^cache;desc="hit", app;dur=[\d.]+$/);
  });

  it('keeps concurrent requests apart', async () => {
    hook({ serviceCalls: true });
    const [busy, idle] = await Promise.all([timingOf('/?calls=3'), timingOf('/')]);
    expect(busy).toContain('service calls (3)');
    expect(idle).not.toContain('svc');
  });
});

describe('Server-Timing without tracing', () => {
  it('reports app alone, service calls included in it', async () => {
    hook({ serviceCalls: false });
    const header = await timingOf('/?calls=1');
    expect(header).toMatch(/^app;dur=[\d.]+$/);
    expect(durations(header).app).toBeGreaterThanOrEqual(30);
  });
});
