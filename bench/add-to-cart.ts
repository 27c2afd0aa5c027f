/**
 * Add to cart, against a running stack (loopback only):
 *  1. Server round trip of the JSON cart routes the product page calls: POST /api/cart/lines
 *     without a cart (creates one and sets the cookie) and with one, PATCH /api/cart/lines/{id},
 *     one shopper at a time and 8 shoppers (8 carts) at once; plus the same service calls the
 *     storefront makes for an add, sent straight to the services, to show where the time goes.
 *  2. In Chromium: does the header badge change in the same animation frame as the click, and
 *     how long until the drawer shows the server's cart.
 * Any answer other than 200 stops the run with a non-zero exit; so does a badge that misses the
 * click's frame (the exit code is then 1 after the tables are printed).
 * Usage: tsx bench/add-to-cart.ts   (BENCH_URL, BENCH_SERVICES_URL, BENCH_CART_SECONDS, BENCH_CART_RUNS)
 */
import { measureBadge, type BadgeSample } from './lib/cart-badge';
import { ensureUp, products, resetCounters, servicesUrl, storefrontUrl } from './lib/stack';

const SECONDS = Number(process.env.BENCH_CART_SECONDS ?? 30);
const BROWSER_RUNS = Number(process.env.BENCH_CART_RUNS ?? 5);
const CONCURRENCY = 8;
const MAX_REQUESTS_PER_CASE = 500;
/** A shopper's cart holds a few lines, not hundreds: each cart cycles through this many variants. */
const LINES_PER_CART = 3;
/** Variants with less stock would hit insufficient_stock after a few adds. */
const MIN_STOCK = 10;
const LOCALE = 'en-US';
/** Products with both colour and size (the e2e specs use the same category). */
const PRODUCTS_QUERY = `category=c003&sort=popular&limit=12&locale=${LOCALE}&currency=USD`;

interface Variant {
  productId: string;
  sku: string;
  color: string;
  size: string;
  /** Highest quantity a line of it may reach: the stock, and never more than 99. */
  cap: number;
}

interface CartLine {
  id: string;
  quantity: number;
}

interface CartBody {
  cart: { itemCount: number; lines: CartLine[] } | null;
}

interface Row {
  requests: number;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  'req/s': number;
  'service calls/req': string;
}

// ── Test data ──────────────────────────────────────────────────────────────────────────────

/** In-stock variants of popular products, read from the catalog and inventory services. */
async function inStockVariants(): Promise<Variant[]> {
  const variants: Variant[] = [];
  for (const product of await products(PRODUCTS_QUERY)) {
    const detail = (await getJson(
      `${servicesUrl}/catalog/products/${product.id}?locale=${LOCALE}&currency=USD`,
    )) as { variants: Array<{ sku: string; options: Record<string, string> }> };
    const stock = (await getJson(`${servicesUrl}/inventory/products/${product.id}`)) as {
      items: Array<{ sku: string; available: number }>;
    };
    const available = new Map(stock.items.map((item) => [item.sku, item.available]));
    for (const { sku, options } of detail.variants) {
      const inStock = available.get(sku) ?? 0;
      if (options.color && options.size && inStock >= MIN_STOCK) {
        variants.push({
          productId: product.id,
          sku,
          color: options.color,
          size: options.size,
          cap: Math.min(99, inStock),
        });
      }
    }
  }
  if (variants.length < LINES_PER_CART * CONCURRENCY)
    throw new Error(`only ${variants.length} in-stock variants found`);
  return variants;
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return response.json();
}

// ── The storefront's cart routes, as the product page calls them ───────────────────────────

/** One request to a cart route; anything but 200 ends the benchmark. */
async function cartRequest(method: 'POST' | 'PATCH', path: string, body: unknown, cookie?: string) {
  const startedAt = performance.now();
  const response = await fetch(`${storefrontUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - startedAt;
  if (response.status !== 200)
    throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  const cartCookie = response.headers
    .getSetCookie()
    .map((header) => /^cart=[^;]+/.exec(header)?.[0])
    .find(Boolean);
  return { ms, body: JSON.parse(text) as CartBody, cartCookie };
}

const addBody = (variant: Variant) => ({
  locale: LOCALE,
  productId: variant.productId,
  color: variant.color,
  size: variant.size,
  quantity: 1,
});

/**
 * A shopper's cart seen from outside: the cookie, and which line each of its variants became
 * (the answer carries no SKUs, so a line is matched to a variant when it first appears).
 */
class ShopperCart {
  cookie: string | undefined;
  private readonly lines = new Map<string, CartLine>();
  private next = 0;

  constructor(private readonly variants: Variant[]) {}

  /** Adds the next variant in turn; a line at its cap is set back to 1 first (not timed). */
  async add(): Promise<number> {
    const variant = this.variants[this.next++ % this.variants.length]!;
    const line = this.lines.get(variant.sku);
    if (line && line.quantity + 1 > variant.cap) await this.setQuantity(variant, 1);
    const { ms, body, cartCookie } = await cartRequest(
      'POST',
      '/api/cart/lines',
      addBody(variant),
      this.cookie,
    );
    if (!this.cookie) {
      if (!cartCookie) throw new Error('the first add set no cart cookie');
      this.cookie = cartCookie;
    }
    this.remember(variant, body);
    return ms;
  }

  /** Sets a line to another quantity between 1 and 10 (within stock), in turn over the lines. */
  async changeQuantity(): Promise<number> {
    const variant = this.variants[this.next++ % this.variants.length]!;
    const quantity = ((this.lines.get(variant.sku)?.quantity ?? 0) % Math.min(10, variant.cap)) + 1;
    return this.setQuantity(variant, quantity);
  }

  private async setQuantity(variant: Variant, quantity: number): Promise<number> {
    const line = this.lines.get(variant.sku);
    if (!line) throw new Error(`no line for ${variant.sku} yet`);
    const { ms, body } = await cartRequest(
      'PATCH',
      `/api/cart/lines/${line.id}`,
      { locale: LOCALE, quantity },
      this.cookie,
    );
    this.remember(variant, body);
    return ms;
  }

  private remember(variant: Variant, body: CartBody): void {
    const answered = new Map((body.cart?.lines ?? []).map((line) => [line.id, line]));
    const known = new Set([...this.lines.values()].map((line) => line.id));
    // Every known line takes the quantity the server now reports.
    for (const [sku, mine] of this.lines) {
      const now = answered.get(mine.id);
      if (now) this.lines.set(sku, now);
    }
    if (this.lines.has(variant.sku)) return;
    const added = [...answered.values()].find((line) => !known.has(line.id));
    if (!added) throw new Error(`the answer has no new line for ${variant.sku}`);
    this.lines.set(variant.sku, added);
  }

  /** Puts every variant in the cart once, so later adds and changes hit existing lines. */
  async fill(): Promise<void> {
    for (let i = 0; i < this.variants.length; i++) await this.add();
  }

  cartId(): string {
    if (!this.cookie) throw new Error('no cart yet');
    return this.cookie.slice('cart='.length);
  }
}

// ── The same add, straight to the services (what the storefront cannot make faster) ────────

/**
 * The calls the storefront makes for an add to an existing cart: the cart (for its version),
 * then the line at that version. (It also needs the live product, but that comes from its own
 * 10 s data cache nearly every time: see the service calls column.) Timed together, so the gap
 * to the storefront's number is the storefront's own share.
 */
async function addViaServices(cartId: string, variant: Variant): Promise<number> {
  const startedAt = performance.now();
  const cart = (await getJson(`${servicesUrl}/cart/carts/${cartId}?locale=${LOCALE}`)) as {
    version: number;
  };
  const response = await fetch(`${servicesUrl}/cart/carts/${cartId}/lines`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'if-match': `"${cart.version}"` },
    body: JSON.stringify({ sku: variant.sku, quantity: 1 }),
  });
  await response.arrayBuffer();
  const ms = performance.now() - startedAt;
  if (!response.ok) throw new Error(`services add answered ${response.status}`);
  return ms;
}

// ── Running and reporting ──────────────────────────────────────────────────────────────────

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function serviceCalls(): Promise<Record<string, number>> {
  return ((await getJson(`${servicesUrl}/__ops/counters`)) as { services: Record<string, number> })
    .services;
}

/** "catalog 0.1, cart 2": calls per request, so a case shows what it costs the backend. */
function callsPerRequest(calls: Record<string, number>, requests: number): string {
  return Object.entries(calls)
    .map(([service, count]) => [service, Number((count / requests).toFixed(1))] as const)
    .filter(([, perRequest]) => perRequest > 0) // a stray ISR refresh is not part of the case
    .map(([service, perRequest]) => `${service} ${perRequest}`)
    .join(', ');
}

/** Runs `step` in `concurrency` loops until the time budget or the request cap is used up. */
async function timedCase(
  concurrency: number,
  budgetMs: number,
  step: (worker: number) => Promise<number>,
): Promise<Row> {
  const latencies: number[] = [];
  let started = 0;
  await resetCounters();
  const startedAt = performance.now();
  const deadline = startedAt + budgetMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < deadline && started < MAX_REQUESTS_PER_CASE) {
        started++;
        latencies.push(await step(worker));
      }
    }),
  );
  const seconds = (performance.now() - startedAt) / 1000;
  const calls = callsPerRequest(await serviceCalls(), latencies.length);
  latencies.sort((a, b) => a - b);
  const ms = (value: number) => Number(value.toFixed(1));
  return {
    requests: latencies.length,
    concurrency,
    p50: ms(percentile(latencies, 50)),
    p95: ms(percentile(latencies, 95)),
    p99: ms(percentile(latencies, 99)),
    'req/s': Math.round(latencies.length / seconds),
    'service calls/req': calls,
  };
}

/** Each shopper gets its own variants: 8 carts spread over 24 variants and several products. */
function shoppers(variants: Variant[], count: number): ShopperCart[] {
  return Array.from({ length: count }, (_, i) => {
    const start = (i * LINES_PER_CART) % variants.length;
    return new ShopperCart(
      Array.from({ length: LINES_PER_CART }, (_, k) => variants[(start + k) % variants.length]!),
    );
  });
}

async function serverRoundTrips(variants: Variant[]): Promise<Record<string, Row>> {
  const deadline = performance.now() + SECONDS * 1000;
  const cases = 7;
  const budget = (left: number) => Math.max(500, (deadline - performance.now()) / left);

  // Warm-up (not timed): the routes' code, connections, the live product entries.
  const existing = shoppers(variants, CONCURRENCY);
  for (const shopper of existing) await shopper.fill();

  // Each first add needs a cart that does not exist yet: a new shopper every time.
  const firstAdd = (worker: number) => new ShopperCart([variants[worker % variants.length]!]).add();
  const rows: Record<string, Row> = {};
  rows['first add (creates the cart)'] = await timedCase(1, budget(cases), firstAdd);
  rows[`first add (creates the cart), ${CONCURRENCY} shoppers`] = await timedCase(
    CONCURRENCY,
    budget(cases - 1),
    firstAdd,
  );
  rows['add to an existing cart'] = await timedCase(1, budget(cases - 2), () => existing[0]!.add());
  rows[`add to an existing cart, ${CONCURRENCY} carts`] = await timedCase(
    CONCURRENCY,
    budget(cases - 3),
    (worker) => existing[worker]!.add(),
  );
  rows['PATCH quantity'] = await timedCase(1, budget(cases - 4), () =>
    existing[0]!.changeQuantity(),
  );
  rows[`PATCH quantity, ${CONCURRENCY} carts`] = await timedCase(
    CONCURRENCY,
    budget(cases - 5),
    (worker) => existing[worker]!.changeQuantity(),
  );
  rows['services alone: the 2 cart calls of an add'] = await servicesAlone(
    existing[0]!,
    variants,
    budget(cases - 6),
  );
  return rows;
}

/** A line of its own in shopper 0's cart, raised by 1 per add and removed at its cap (not timed). */
async function servicesAlone(
  shopper: ShopperCart,
  variants: Variant[],
  budgetMs: number,
): Promise<Row> {
  const cartId = shopper.cartId();
  const variant = variants.at(-1)!;
  let quantity = 0;
  return timedCase(1, budgetMs, async () => {
    if (quantity + 1 > variant.cap) {
      await resetServicesLine(cartId, variant.sku);
      quantity = 0;
    }
    quantity++;
    return addViaServices(cartId, variant);
  });
}

async function resetServicesLine(cartId: string, sku: string): Promise<void> {
  const cart = (await getJson(`${servicesUrl}/cart/carts/${cartId}?locale=${LOCALE}`)) as {
    lines: Array<{ id: string; sku: string }>;
  };
  const line = cart.lines.find((candidate) => candidate.sku === sku);
  if (!line) return;
  const response = await fetch(`${servicesUrl}/cart/carts/${cartId}/lines/${line.id}`, {
    method: 'DELETE',
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`services DELETE line answered ${response.status}`);
}

function summarize(samples: BadgeSample[]): void {
  const round = (value: number | null) => (value === null ? null : Number(value.toFixed(1)));
  console.table(
    samples.map((s) => ({
      run: s.run,
      add: s.add,
      'badge shows': s.badgeText,
      'frames after click': s.frames,
      'click→badge ms': round(s.badgeMs),
      'click→drawer with server cart ms': round(s.drawerMs),
      'POST in browser ms': round(s.requestMs),
    })),
  );
  const sameFrame = samples.filter((s) => s.frames === 0).length;
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const drawer = (add: number) =>
    median(samples.filter((s) => s.add === add).map((s) => s.drawerMs)).toFixed(0);
  console.log(
    `badge changed in the click's frame: ${sameFrame}/${samples.length}; click→badge at most ${Math.max(...samples.map((s) => s.badgeMs)).toFixed(1)} ms`,
  );
  console.log(
    `click→drawer with the server's cart, median: ${drawer(1)} ms on the first add (loads the drawer's code), ${drawer(2)} ms on the second`,
  );
  if (sameFrame < samples.length) process.exitCode = 1;
}

await ensureUp();
const variants = await inStockVariants();
console.log(
  `${variants.length} in-stock variants of ${new Set(variants.map((v) => v.productId)).size} products; budget ${SECONDS} s for the HTTP cases`,
);
console.table(await serverRoundTrips(variants));

// BENCH_CART_RUNS=0 skips the browser, e.g. to time the server alone.
if (BROWSER_RUNS > 0) {
  const [product] = await products(PRODUCTS_QUERY);
  const productUrl = `${storefrontUrl}/${LOCALE}/p/${product!.slug}`;
  console.log(
    `\nbadge and drawer in Chromium, ${BROWSER_RUNS} fresh contexts × 2 adds, ${productUrl}`,
  );
  summarize(await measureBadge(productUrl, BROWSER_RUNS));
}
