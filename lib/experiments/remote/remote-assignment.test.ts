import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineExperiment, NOT_ENROLLED } from '../experiment';
import { createRemoteAssignment } from './remote-assignment';

const experiment = defineExperiment({
  key: 'pdp-add-to-cart',
  hypothesis: 'h',
  page: 'product',
  variants: { inline: 50, sticky: 50 },
  start: '2026-01-01',
  primaryMetric: 'add_to_cart',
});
const visitor = {
  id: '0b7c3a52-1d2e-4f60-9a8b-7c6d5e4f3a21',
  locale: 'en-US' as const,
  device: 'phone' as const,
  bot: false,
};

/** A real OFREP endpoint on loopback whose answer each test sets. */
let answer: (body: {
  context: Record<string, unknown>;
}) => { status: number; body?: unknown } | 'hang';
let server: Server;
let baseUrl: string;
const contexts: Record<string, unknown>[] = [];

beforeAll(async () => {
  server = createServer((incoming, outgoing) => {
    let raw = '';
    incoming.on('data', (chunk: Buffer) => (raw += chunk));
    incoming.on('end', () => {
      const body = JSON.parse(raw) as { context: Record<string, unknown> };
      contexts.push(body.context);
      const reply = answer(body);
      if (reply === 'hang') return; // never answers
      outgoing
        .writeHead(reply.status, { 'content-type': 'application/json' })
        .end(JSON.stringify(reply.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('createRemoteAssignment (OpenFeature adapter over OFREP)', () => {
  it("takes the remote's variant, asking with the visitor id as the targeting key", async () => {
    answer = () => ({
      status: 200,
      body: { key: 'pdp-add-to-cart', value: 'sticky', reason: 'SPLIT', variant: 'sticky' },
    });
    const remote = createRemoteAssignment(baseUrl, 200, 'test-ok');
    expect(await remote(experiment, visitor)).toBe('sticky');
    expect(contexts.at(-1)).toMatchObject({
      targetingKey: visitor.id,
      locale: 'en-US',
      device: 'phone',
    });
  });

  it('serves the control, not counted, for an unknown variant, an error status or a wrong type', async () => {
    const remote = createRemoteAssignment(baseUrl, 200, 'test-bad');
    for (const reply of [
      { status: 200, body: { value: 'purple' } },
      { status: 500 },
      { status: 404 },
      { status: 200, body: { value: 7 } },
    ]) {
      answer = () => reply;
      expect(await remote(experiment, visitor), JSON.stringify(reply)).toBe(NOT_ENROLLED);
    }
  });

  it('gives up on a remote that does not answer within its deadline', async () => {
    answer = () => 'hang';
    const remote = createRemoteAssignment(baseUrl, 100, 'test-hang');
    // Without the deadline this would wait for the test's own timeout and fail.
    expect(await remote(experiment, visitor)).toBe(NOT_ENROLLED);
  });

  it('serves the control when nothing listens at the URL', async () => {
    const remote = createRemoteAssignment('http://127.0.0.1:9', 100, 'test-down');
    expect(await remote(experiment, visitor)).toBe(NOT_ENROLLED);
  });
});
