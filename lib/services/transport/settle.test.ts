import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TimeoutError } from './resilient-fetch';
import { settle } from './settle';

const op = { service: 'catalog', operation: 'getProduct' };
const schema = z.object({ id: z.string() });
const response = (status: number) => new Response(null, { status });

describe('settle', () => {
  it('passes a valid payload through', async () => {
    const result = await settle(
      op,
      Promise.resolve({ data: { id: 'p1', extra: 1 }, response: response(200) }),
      schema,
    );
    expect(result).toEqual({ ok: true, value: { id: 'p1', extra: 1 } });
  });

  it('maps an HTTP error with the service error body', async () => {
    const body = { error: { code: 'not_found', message: 'No product p1' } };
    const result = await settle(
      op,
      Promise.resolve({ error: body, response: response(404) }),
      schema,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        ...op,
        kind: 'http',
        status: 404,
        code: 'not_found',
        message: 'No product p1',
        retryable: false,
      },
    });
  });

  it('carries per-field codes of a rejected form, and ignores a malformed fields value', async () => {
    const fields = { 'shippingAddress.postalCode': 'invalid_postal_code', email: 'invalid_email' };
    const rejected = await settle(
      op,
      Promise.resolve({
        error: { error: { code: 'invalid_request', message: 'bad', fields } },
        response: response(400),
      }),
      schema,
    );
    expect(rejected.ok === false && rejected.error).toMatchObject({
      status: 400,
      code: 'invalid_request',
      fields,
    });

    for (const malformed of [['email'], { email: 1 }, 'email', null]) {
      const result = await settle(
        op,
        Promise.resolve({
          error: { error: { code: 'invalid_request', message: 'bad', fields: malformed } },
          response: response(400),
        }),
        schema,
      );
      expect(result.ok === false && 'fields' in result.error, JSON.stringify(malformed)).toBe(
        false,
      );
    }
  });

  it('marks 503 retryable', async () => {
    const result = await settle(
      op,
      Promise.resolve({ error: 'down', response: response(503) }),
      schema,
    );
    expect(result.ok === false && result.error).toMatchObject({
      kind: 'http',
      retryable: true,
      message: 'HTTP 503',
    });
  });

  it('rejects a payload that misses a field the page needs', async () => {
    const result = await settle(
      op,
      Promise.resolve({ data: { name: 'x' }, response: response(200) }),
      schema,
    );
    expect(result.ok === false && result.error).toMatchObject({
      kind: 'validation',
      retryable: false,
    });
    expect(result.ok === false && result.error.message).toContain('id');
  });

  it('maps transport failures', async () => {
    const timeout = await settle(op, Promise.reject(new TimeoutError(100)), schema);
    expect(timeout.ok === false && timeout.error).toMatchObject({
      kind: 'timeout',
      retryable: true,
    });
    const refused = await settle(
      op,
      Promise.reject(new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') })),
      schema,
    );
    expect(refused.ok === false && refused.error).toMatchObject({
      kind: 'network',
      message: 'ECONNREFUSED',
    });
  });
});
