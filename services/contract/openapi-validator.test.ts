import { describe, expect, it } from 'vitest';
import { coverageGaps } from './coverage';
import { OpenApiContract, type ObservedResponse } from './openapi-validator';

const strict = OpenApiContract.load({ undocumentedProperties: 'reject' });
const lenient = OpenApiContract.load({ undocumentedProperties: 'allow' });

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  ({
    status,
    headers: new Headers({ 'content-type': 'application/json; charset=utf-8', ...headers }),
    body,
  }) satisfies ObservedResponse;

function problems(method: string, path: string, response: ObservedResponse, contract = strict) {
  const operation = contract.operationFor(method, path);
  if (!operation) throw new Error(`no operation for ${method} ${path}`);
  return contract.problems(operation, response);
}

const money = { amount: 1_000, currency: 'EUR' };
const rate = { method: 'standard', price: money, minDays: 3, maxDays: 5 };
const stock = { sku: 'p000001-sand-M', available: 3, status: 'low_stock' };

describe('finding operations', () => {
  it('prefers a literal path segment over a parameter and ignores the query string', () => {
    expect(strict.operationFor('POST', '/checkout/orders/lookup')?.operationId).toBe('lookupOrder');
    expect(strict.operationFor('GET', '/checkout/orders/ORD-ABC123?x=1')?.operationId).toBe(
      'getOrder',
    );
    expect(strict.operationFor('DELETE', '/checkout/orders/ORD-ABC123')).toBeUndefined();
  });
});

describe('checking responses', () => {
  it('accepts a body that matches its schema', () => {
    expect(problems('GET', '/checkout/shipping-rates', json(200, { rates: [rate] }))).toEqual([]);
  });

  it('reports a missing required field and a wrong type, with the path', () => {
    const { minDays: _, ...noMinDays } = rate;
    expect(problems('GET', '/checkout/shipping-rates', json(200, { rates: [noMinDays] }))).toEqual([
      `body/rates/0 must have required property 'minDays' (missingProperty="minDays")`,
    ]);
    const stringAmount = { rates: [{ ...rate, price: { ...money, amount: '10.00' } }] };
    expect(problems('GET', '/checkout/shipping-rates', json(200, stringAmount))).toEqual([
      'body/rates/0/price/amount must be integer (type="integer")',
    ]);
  });

  it('reports an undocumented property only when told to reject them', () => {
    const extra = json(200, { items: [{ ...stock, warehouse: 'north' }] });
    expect(problems('GET', '/inventory/stock', extra)).toEqual([
      'body/items/0 must NOT have unevaluated properties (unevaluatedProperty="warehouse")',
    ]);
    expect(problems('GET', '/inventory/stock', extra, lenient)).toEqual([]);
  });

  it('keeps allOf compositions open to their branches: extras declared by either branch pass', () => {
    const unknownSkus = { error: { code: 'unknown_sku', message: 'x' }, unknownSkus: ['a'] };
    expect(problems('GET', '/inventory/stock', json(404, unknownSkus))).toEqual([]);
    const stray = { ...unknownSkus, hint: 'typo?' };
    expect(problems('GET', '/inventory/stock', json(404, stray))).toEqual([
      'body/ must NOT have unevaluated properties (unevaluatedProperty="hint")',
    ]);
  });

  it('reports a status the operation does not declare', () => {
    const error = { error: { code: 'teapot', message: 'no' } };
    expect(problems('GET', '/checkout/shipping-rates', json(418, error))).toEqual([
      'status 418 is not declared (200, 400)',
    ]);
  });

  it('reports a body on a response that declares none, and an undeclared content type', () => {
    const empty = { status: 204, headers: new Headers(), body: '' };
    expect(problems('POST', '/events/exposures', empty)).toEqual([]);
    expect(problems('POST', '/events/exposures', json(204, { ok: true }))).toEqual([
      'declares no body, got application/json; charset=utf-8',
    ]);
    const text = { status: 200, headers: new Headers({ 'content-type': 'text/plain' }), body: '' };
    expect(problems('GET', '/checkout/shipping-rates', text)).toEqual([
      'content-type text/plain is not declared (application/json)',
    ]);
  });

  it('checks declared response headers that are present', () => {
    const cart = strict.operationFor('POST', '/cart/carts/x/lines')!;
    const body = { error: { code: 'x', message: 'x' } };
    const replayed = strict.problems(cart, json(200, body, { 'idempotency-replayed': 'yes' }));
    expect(replayed).toContain(
      'header Idempotency-Replayed/ must be equal to one of the allowed values (allowedValues=["true"])',
    );
  });
});

describe('coverage', () => {
  const everything = new Map(
    strict.operations.map((operation) => [
      `${operation.service}.${operation.operationId}`,
      new Set(Object.keys(operation.responses)),
    ]),
  );

  it('reports an operation never called and a declared status never answered', () => {
    const seen = new Map(everything);
    seen.delete('payment.paymentStats');
    seen.set('catalog.getProduct', new Set(['200', '404']));
    expect(coverageGaps(strict, seen, [])).toEqual([
      'catalog.getProduct never answers its declared 400',
      'payment.paymentStats is never called',
    ]);
  });

  it('accepts a gap listed as skipped, and reports a skip that is stale or names nothing', () => {
    const seen = new Map(everything);
    seen.delete('payment.paymentStats');
    const skips = [
      { operation: 'payment.paymentStats', status: '*', reason: 'example' },
      { operation: 'catalog.getProduct', status: '404', reason: 'exercised after all' },
      { operation: 'catalog.getProduct', status: '418', reason: 'not declared' },
    ];
    expect(coverageGaps(strict, seen, skips)).toEqual([
      'NOT_EXERCISED lists catalog.getProduct 404, which is exercised now',
      'NOT_EXERCISED names catalog.getProduct 418, which no document declares',
    ]);
  });
});
