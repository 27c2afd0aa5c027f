/**
 * Latency of placing a paid order (POST /checkout/orders with the test card that authorizes:
 * reserve stock → authorize → create → capture → confirm), one at a time and 8 at a time, then
 * replays of the same keys. Against running reference services (`npm run services`, or the
 * `npm start` stack), loopback only. Every order gets its own cart of 2 in-stock lines, prepared
 * before the clock starts; SKUs this run would sell out are restocked through the admin API.
 * Usage: BENCH_ORDERS=200 tsx bench/place-order.ts (orders per concurrency level)
 */
import { adminToken, products, servicesUrl } from './lib/stack';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 200);
const CONCURRENCY = [1, 8];
// A freshly started services process is about twice as slow (p95 four times) for its first
// hundred orders, until V8 has optimized the hot paths; production services are warm, so these
// orders are checked but not timed.
const WARM_UP = 100;
const SKU_COUNT = 16;
// Starts nothing new after this, so a slow machine still finishes in about a minute.
const DEADLINE = Date.now() + 55_000;
const RUN = Date.now().toString(36);

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  ms: number;
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const startedAt = performance.now();
  const response = await fetch(`${servicesUrl}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await response.json();
  return {
    status: response.status,
    headers: response.headers,
    body: json,
    ms: performance.now() - startedAt,
  };
}

async function expectStatus(
  expected: number,
  answer: Promise<Answer>,
  what: string,
): Promise<Answer> {
  const settled = await answer;
  if (settled.status !== expected)
    throw new Error(`${what} answered ${settled.status}: ${JSON.stringify(settled.body)}`);
  return settled;
}

/** Runs `task` over `items`, `concurrency` at a time; starts nothing after the deadline. */
async function inPool<T, R>(
  items: T[],
  concurrency: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length && Date.now() < DEADLINE) results.push(await task(items[next++]!));
    }),
  );
  return results;
}

/** In-stock SKUs of popular products, restocked where this run alone would sell them out. */
async function plentifulSkus(uses: number): Promise<string[]> {
  const skus: { sku: string; available: number }[] = [];
  for (const product of await products('sort=popular&limit=40&locale=en-US&currency=USD')) {
    const { body } = await expectStatus(
      200,
      call('GET', `/inventory/products/${product.id}`),
      'inventory',
    );
    skus.push(
      ...(body as { items: { sku: string; available: number; status: string }[] }).items.filter(
        (item) => item.status === 'in_stock',
      ),
    );
    if (skus.length >= SKU_COUNT) break;
  }
  const chosen = skus.slice(0, SKU_COUNT);
  for (const { sku, available } of chosen) {
    if (available >= uses) continue;
    await expectStatus(
      200,
      call(
        'PUT',
        `/admin/inventory/${encodeURIComponent(sku)}`,
        { available: available + uses },
        { authorization: `Bearer ${adminToken()}` },
      ),
      `restock ${sku}`,
    );
  }
  return chosen.map(({ sku }) => sku);
}

async function prepareCart(skus: string[], index: number): Promise<string> {
  const { body } = await expectStatus(
    201,
    call('POST', '/cart/carts?locale=en-US', { currency: 'USD' }),
    'create cart',
  );
  const cartId = (body as { id: string }).id;
  for (const offset of [0, 1]) {
    await expectStatus(
      200,
      call('POST', `/cart/carts/${cartId}/lines?locale=en-US`, {
        sku: skus[(2 * index + offset) % skus.length],
        quantity: 1,
      }),
      'add line',
    );
  }
  return cartId;
}

interface Placed {
  key: string;
  body: unknown;
  status: number;
  orderId: string | undefined;
  replayed: boolean;
  ms: number;
}

function orderBody(cartId: string, index: number) {
  return {
    cartId,
    email: `bench+${index}@example.com`,
    locale: 'en-US',
    shippingAddress: {
      name: 'Bench Shopper',
      line1: '1 Loop Road',
      city: 'Springfield',
      region: 'IL',
      postalCode: '12345',
      country: 'US',
    },
    shippingMethod: 'standard',
    payment: { card: { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123' } },
  };
}

async function place(key: string, body: unknown): Promise<Placed> {
  const answer = await call('POST', '/checkout/orders', body, { 'idempotency-key': key });
  const orderId = (answer.body as { id?: string }).id;
  return {
    key,
    body,
    status: answer.status,
    orderId,
    replayed: answer.headers.get('idempotency-replayed') === 'true',
    ms: answer.ms,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summary(results: Placed[], concurrency: number, seconds: number) {
  const ms = results.map((result) => result.ms).sort((a, b) => a - b);
  const round = (value: number) => Number(value.toFixed(1));
  return {
    requests: results.length,
    concurrency,
    p50: round(percentile(ms, 50)),
    p95: round(percentile(ms, 95)),
    p99: round(percentile(ms, 99)),
    'orders/s': Math.round(results.length / seconds),
  };
}

async function timed(concurrency: number, work: Array<() => Promise<Placed>>) {
  const startedAt = performance.now();
  const results = await inPool(work, concurrency, (run) => run());
  return { results, row: summary(results, concurrency, (performance.now() - startedAt) / 1000) };
}

const health = await fetch(`${servicesUrl}/__ops/health`).catch(() => undefined);
if (!health?.ok)
  throw new Error(
    `${servicesUrl} is not answering: start the services with \`npm run services\` first.`,
  );

const carts = WARM_UP + ORDERS * CONCURRENCY.length;
const skus = await plentifulSkus(Math.ceil((2 * carts) / SKU_COUNT));
const cartIds = await inPool(
  Array.from({ length: carts }, (_, index) => index),
  8,
  (index) => prepareCart(skus, index),
);
console.log(`${cartIds.length} carts of 2 lines over ${skus.length} SKUs prepared`);

const table: Record<string, ReturnType<typeof summary>> = {};
const placed: Placed[] = (
  await timed(
    8,
    cartIds
      .slice(0, WARM_UP)
      .map((cartId, i) => () => place(`bench-${RUN}-warm-${i}`, orderBody(cartId, i))),
  )
).results;
for (const [level, concurrency] of CONCURRENCY.entries()) {
  const batch = cartIds.slice(WARM_UP + level * ORDERS, WARM_UP + (level + 1) * ORDERS);
  const { results, row } = await timed(
    concurrency,
    batch.map((cartId, i) => () => place(`bench-${RUN}-${level}-${i}`, orderBody(cartId, i))),
  );
  table[`place order, ${concurrency} at a time`] = row;
  placed.push(...results);
}
const { results: replays, row } = await timed(
  8,
  placed.map(
    ({ key, body }) =>
      () =>
        place(key, body),
  ),
);
table['replay (same key and body), 8 at a time'] = row;
console.table(table);

// Every order is a new one (201), one per key; a replay returns that same order (200).
const orderByKey = new Map(placed.map((result) => [result.key, result.orderId]));
const problems = [
  ...placed
    .filter((result) => result.status !== 201 || !result.orderId)
    .map((result) => `${result.key}: ${result.status} instead of 201`),
  ...(new Set(placed.map((result) => result.orderId)).size === placed.length
    ? []
    : ['two keys made the same order']),
  ...replays
    .filter(
      (replay) =>
        replay.status !== 200 || !replay.replayed || replay.orderId !== orderByKey.get(replay.key),
    )
    .map((replay) => `${replay.key}: replay answered ${replay.status} with ${replay.orderId}`),
];
if (placed.length < carts || replays.length < placed.length)
  problems.push(
    `the 55 s budget ran out: ${placed.length} of ${carts} orders, ${replays.length} replays`,
  );
console.log(
  problems.length === 0
    ? `checked: ${placed.length} orders, all 201, one per key; ${replays.length} replays, all 200 with the same order`
    : problems.join('\n'),
);
if (problems.length > 0) process.exitCode = 1;
