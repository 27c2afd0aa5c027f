/**
 * `npm run bench:cluster`: the storefront as one instance and as three behind the balancer
 * (`npm run cluster`, scripts/cluster.ts), measured in one run, each topology from the same
 * seeded data, its own Redis and the same build:
 *  1. catalog calls per 10,000 product views over 100 warm products, through the balancer;
 *  2. catalog calls (all, and product reads) per burst of 200 concurrent requests, spread over
 *     every instance directly and the balancer: for a page whose tags the signed webhook of an
 *     admin price change just expired (a prerendered best seller and a page rendered on demand),
 *     and for a product page nobody has rendered;
 *  3. webhook-to-fresh: ms from the admin API's answer (the webhook answered) to the first
 *     response of each instance, asked directly, that shows the new price;
 *  4. throughput and p99 of a cached product page through the balancer (autocannon), next to a
 *     static file served the same way.
 * Everything on 127.0.0.1: the cluster's cache tier on 3300 (not measured here), instances 3301…,
 * the balancer above them (3302 or 3304), services 4310, Redis 6393.
 * Usage: tsx bench/cluster.ts (BENCH_DURATION_S, default 10 s per throughput target).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { DURATION_S, measure } from './lib/load';
import { CLUSTER_SECRETS } from './lib/cluster-secrets';
import { startTopology, stopAllAndExit, type Topology } from './lib/cluster-topology';
import { median } from './lib/median';

const VIEWS = 10_000;
const BURST = 200;
const WEBHOOK_CHANGES = 6;
const SIZES = [1, 3] as const;

const PORTS = { tier: 3300, services: 4310, redis: 6393 };
const DATA_DIR = '.data/bench-cluster';
const DIST_DIR = '.next-bench-cluster';

const SECRETS = CLUSTER_SECRETS;

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));
const usd = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
const load = () => loadavg()[0]!.toFixed(2);

interface Product {
  id: string;
  slug: string;
  name: string;
  price: { amount: number };
}

interface Answer {
  status: number;
  servedBy: string | null;
  cache: string | null;
  body: string;
}

async function get(url: string): Promise<Answer> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    return {
      status: response.status,
      servedBy: response.headers.get('x-served-by'),
      cache: response.headers.get('x-nextjs-cache'),
      body: await response.text(),
    };
  } catch {
    return { status: 0, servedBy: null, cache: null, body: '' };
  }
}

/** Measures one topology; `topology` is the running cluster. */
class Run {
  constructor(private readonly topology: Topology) {}

  private get services() {
    return this.topology.servicesUrl;
  }

  /**
   * Times an instance logged that Redis was not answering (in time): it then serves from its own
   * cache, and renders what it lacks, for a while (lib/redis/connection.ts). From the cluster's log.
   */
  redisTimeouts(): number {
    const log = readFileSync(this.topology.logFile, 'utf8');
    return log.split('serves from its own cache until').length - 1;
  }

  async listPage(cursor?: string): Promise<{ items: Product[]; nextCursor: string }> {
    const query = `sort=popular&limit=100&locale=en-US&currency=USD${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(`${this.services}/catalog/products?${query}`);
    return (await response.json()) as { items: Product[]; nextCursor: string };
  }

  async resetCounters(): Promise<void> {
    const response = await fetch(`${this.services}/__ops/counters/reset`, { method: 'POST' });
    if (!response.ok) throw new Error(`counter reset answered ${response.status}`);
  }

  /** Catalog calls since the last reset, once no more arrive (a background regeneration ends). */
  async catalogReads() {
    let last = '';
    for (let waited = 0; waited < 10_000; waited += 500) {
      await sleep(500);
      const { routes, services } = (await (
        await fetch(`${this.services}/__ops/counters`)
      ).json()) as { routes: Record<string, number>; services: Record<string, number> };
      const reads = {
        total: services.catalog ?? 0,
        product: routes['GET /catalog/products/{idOrSlug}'] ?? 0,
        lists: routes['GET /catalog/products'] ?? 0,
      };
      const seen = JSON.stringify(reads);
      if (seen === last) return reads;
      last = seen;
    }
    return JSON.parse(last) as { total: number; product: number; lists: number };
  }

  /** The admin API's price change; it answers once the services' webhook was answered. */
  async changePrice(product: Product, amount: number) {
    const response = await fetch(`${this.services}/admin/products/${product.id}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${SECRETS.ADMIN_TOKEN}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ prices: { USD: amount } }),
    });
    if (!response.ok)
      throw new Error(`admin PATCH answered ${response.status}: ${await response.text()}`);
    const { webhook } = (await response.json()) as {
      webhook: { delivered: boolean; status: number | null };
    };
    return webhook;
  }

  /** `count` URLs of `path`: every instance directly, and the balancer, in turn. */
  spread(count: number, path: string): string[] {
    const targets = [...this.topology.instanceUrls, this.topology.balancerUrl];
    return Array.from({ length: count }, (_, index) => `${targets[index % targets.length]}${path}`);
  }

  /** Every instance directly, then the balancer: each instance has its own copy afterwards. */
  async warm(path: string): Promise<void> {
    for (const url of [...this.topology.instanceUrls, this.topology.balancerUrl])
      await get(`${url}${path}`);
  }

  async burst(path: string, freshPrice?: string) {
    await this.resetCounters();
    const answers = await Promise.all(this.spread(BURST, path).map(get));
    const reads = await this.catalogReads();
    return {
      ...reads,
      non200: answers.filter((answer) => answer.status !== 200).length,
      fresh: freshPrice
        ? answers.filter((answer) => answer.body.includes(freshPrice)).length
        : undefined,
    };
  }

  async views(paths: string[]) {
    // Every page once, then again until a pass costs the catalog nothing (a prerendered page
    // past its window regenerates in the background on its first view).
    for (let pass = 0; pass < 5; pass++) {
      await this.resetCounters();
      for (let start = 0; start < paths.length; start += 25)
        await Promise.all(
          paths.slice(start, start + 25).map((path) => get(`${this.topology.balancerUrl}${path}`)),
        );
      if ((await this.catalogReads()).total === 0 && pass > 0) break;
    }
    await this.resetCounters();
    const outagesBefore = this.redisTimeouts();
    const servedBy = new Map<string, number>();
    // x-nextjs-cache of the answers that were not a HIT, by instance.
    const notHit = new Map<string, number>();
    let non200 = 0;
    for (let done = 0; done < VIEWS; done += paths.length) {
      const answers = await Promise.all(
        paths.map((path) => get(`${this.topology.balancerUrl}${path}`)),
      );
      for (const answer of answers) {
        if (answer.status !== 200) non200++;
        const name = answer.servedBy ?? '(none)';
        servedBy.set(name, (servedBy.get(name) ?? 0) + 1);
        if (answer.cache !== 'HIT') {
          const key = `${answer.cache ?? 'no x-nextjs-cache'} from ${name}`;
          notHit.set(key, (notHit.get(key) ?? 0) + 1);
        }
      }
    }
    const outages = this.redisTimeouts() - outagesBefore;
    const { total, product, lists } = await this.catalogReads();
    const sorted = (map: Map<string, number>) =>
      [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
    return {
      calls: total,
      product,
      lists,
      non200,
      outages,
      servedBy: sorted(servedBy),
      notHit: sorted(notHit),
    };
  }

  /**
   * A price change, then each instance asked directly until it shows the new price: ms from the
   * admin API's answer to each instance's first fresh response (its body fully read).
   */
  async webhookToFresh(product: Product, amount: number) {
    const path = `/en-US/p/${product.slug}`;
    await this.warm(path);
    const started = performance.now();
    const webhook = await this.changePrice(product, amount);
    const answered = performance.now();
    const price = usd(amount);
    const instances = await Promise.all(
      this.topology.instanceUrls.map(async (url) => {
        let stale = 0;
        let errors = 0;
        while (performance.now() - answered < 30_000) {
          const answer = await get(`${url}${path}`);
          if (answer.status !== 200) errors++;
          else if (answer.body.includes(price))
            return { ms: performance.now() - answered, stale, errors };
          else stale++;
          await sleep(5);
        }
        return { ms: Number.NaN, stale, errors };
      }),
    );
    return { webhook, adminMs: answered - started, instances };
  }

  async throughput(path: string) {
    const { balancerUrl, instanceUrls } = this.topology;
    await this.warm(path);
    const caches = await Promise.all(
      [...instanceUrls, balancerUrl].map(async (url) => (await get(`${url}${path}`)).cache),
    );
    const html = (await get(`${balancerUrl}${path}`)).body;
    const src = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    if (!src) throw new Error('no static script found on the page');
    const staticResult = await measure(`${balancerUrl}${src}`);
    await this.resetCounters();
    const page = await measure(`${balancerUrl}${path}`);
    const { total } = await this.catalogReads();
    return { caches, static: staticResult, page, calls: total };
  }
}

async function measureTopology(topology: Topology) {
  const run = new Run(topology);
  const say = (line: string) => console.log(`  [${topology.size}] ${line}`);
  const phase = async <T>(work: () => Promise<T>) => {
    const before = run.redisTimeouts();
    const result = await work();
    return { ...result, redisTimeouts: run.redisTimeouts() - before };
  };
  const first = await run.listPage();
  const second = await run.listPage(first.nextCursor);
  const popular = first.items; // offsets 0–99; the best sellers below 60 are prerendered
  if (popular.length < 100 || second.items.length === 0) throw new Error('catalog too small');

  say(`load average ${load()}; ${VIEWS.toLocaleString('en-US')} views over 100 products…`);
  const views = await phase(() => run.views(popular.map((product) => `/en-US/p/${product.slug}`)));

  const expired = async (product: Product) => {
    const path = `/en-US/p/${product.slug}`;
    await run.warm(path);
    const amount = product.price.amount + 100;
    const webhook = await run.changePrice(product, amount);
    return { webhook, ...(await run.burst(path, usd(amount))) };
  };
  say('stale bursts…');
  const staleBestSeller = await phase(() => expired(popular[10]!));
  const staleOnDemand = await phase(() => expired(popular[65]!));
  // Offset 100 in the popular sort: outside the prerendered best sellers and the 100 viewed.
  const neverRendered = await phase(() => run.burst(`/en-US/p/${second.items[0]!.slug}`));

  say('webhook to fresh…');
  const timeoutsBefore = run.redisTimeouts();
  const changes = [];
  for (let index = 0; index < WEBHOOK_CHANGES; index++) {
    // Alternately a prerendered best seller and a page first rendered on demand.
    const product = popular[index % 2 ? 70 + index : 20 + index]!;
    changes.push(await run.webhookToFresh(product, product.price.amount + 250 + index));
  }

  const changeTimeouts = run.redisTimeouts() - timeoutsBefore;

  say(`throughput, ${DURATION_S} s per target…`);
  const throughput = await phase(() => run.throughput(`/en-US/p/${popular[0]!.slug}`));
  say(`done, load average ${load()}`);
  return {
    views,
    staleBestSeller,
    staleOnDemand,
    neverRendered,
    changes,
    changeTimeouts,
    throughput,
  };
}

type Result = Awaited<ReturnType<typeof measureTopology>>;

function report(results: Map<number, { topology: Topology; result: Result }>) {
  const cell = (size: number, text: (result: Result, topology: Topology) => string) => {
    const entry = results.get(size);
    return entry ? text(entry.result, entry.topology) : '—';
  };
  const rows: [string, ...string[]][] = [];
  const row = (label: string, text: (result: Result, topology: Topology) => string) =>
    rows.push([label, ...SIZES.map((size) => cell(size, text))]);
  type Burst = Result['staleBestSeller'] | Result['neverRendered'];
  const burst = (pick: (result: Result) => Burst) => (result: Result) => {
    const measured = pick(result);
    const { total, product, lists, non200, fresh } = measured;
    const shown = fresh === undefined ? '' : `, ${fresh}/${BURST} with the new price`;
    const lost =
      'webhook' in measured && !(measured.webhook.delivered && measured.webhook.status === 200)
        ? ` (webhook answered ${measured.webhook.status})`
        : '';
    return `**${total}** calls: **${product}** product read, ${lists} list; ${non200} non-200${shown}${lost}`;
  };
  const views = VIEWS.toLocaleString('en-US');
  row(`catalog calls per ${views} product views (100 warm products, via the balancer)`, (r) => {
    const list = (entries: [string, number][]) =>
      entries.map(([name, count]) => `${name} ${count}`).join(', ') || 'none';
    const { calls, product, lists, non200, outages } = r.views;
    return (
      `**${calls}** (${product} product reads, ${lists} lists; ${non200} non-200; ` +
      `served by ${list(r.views.servedBy)}; not a HIT: ${list(r.views.notHit)}; ` +
      `${outages} Redis outages logged during the views)`
    );
  });
  row(
    `${BURST} concurrent, webhook-expired best seller (prerendered)`,
    burst((r) => r.staleBestSeller),
  );
  row(
    `${BURST} concurrent, webhook-expired page rendered on demand`,
    burst((r) => r.staleOnDemand),
  );
  row(
    `${BURST} concurrent, product page nobody rendered (offset 100)`,
    burst((r) => r.neverRendered),
  );
  for (let instance = 1; instance <= Math.max(...SIZES); instance++)
    row(
      `webhook → fresh on instance ${instance}, ms (median / max of ${WEBHOOK_CHANGES})`,
      (r, topology) => {
        if (instance > topology.size) return '—';
        const ms = r.changes.map((change) => change.instances[instance - 1]!.ms);
        if (ms.some(Number.isNaN))
          return `not fresh within 30 s in ${ms.filter(Number.isNaN).length}`;
        return `**${Math.round(median(ms))}** / ${Math.round(Math.max(...ms))}`;
      },
    );
  row('webhook → fresh, every instance (median / max)', (r) => {
    const ms = r.changes.flatMap((change) => change.instances.map((i) => i.ms));
    return `${Math.round(median(ms))} / ${Math.round(Math.max(...ms))}`;
  });
  row('stale or failed answers while polling for the new price', (r) => {
    const stale = r.changes.flatMap((change) => change.instances).reduce((n, i) => n + i.stale, 0);
    const errors = r.changes
      .flatMap((change) => change.instances)
      .reduce((n, i) => n + i.errors, 0);
    return `${stale} stale, ${errors} non-200`;
  });
  row('admin PATCH round trip incl. webhook (median)', (r) => {
    const delivered = r.changes.every((c) => c.webhook.delivered && c.webhook.status === 200);
    return `${Math.round(median(r.changes.map((c) => c.adminMs)))} ms${delivered ? '' : ' (a webhook NOT delivered)'}`;
  });
  row('Redis outages logged (warm-up and views / 3 bursts / webhook changes / throughput)', (r) =>
    [
      r.views.redisTimeouts,
      r.staleBestSeller.redisTimeouts +
        r.staleOnDemand.redisTimeouts +
        r.neverRendered.redisTimeouts,
      r.changeTimeouts,
      r.throughput.redisTimeouts,
    ].join(' / '),
  );
  row(`static file via the balancer, req/s (p99)`, (r) => {
    const { rps, p99, errors } = r.throughput.static;
    return `${rps.toLocaleString('en-US')} (${p99} ms)${errors ? `, ${errors} errors` : ''}`;
  });
  row(`cached product page via the balancer, req/s (p99)`, (r) => {
    const { rps, p99, errors } = r.throughput.page;
    return `**${rps.toLocaleString('en-US')}** (${p99} ms)${errors ? `, ${errors} errors` : ''}`;
  });
  row(
    'product page / static file',
    (r) => `${(r.throughput.page.rps / r.throughput.static.rps).toFixed(2)}×`,
  );
  row(
    'catalog calls during the page run; x-nextjs-cache before it',
    (r) => `${r.throughput.calls}; ${r.throughput.caches.join(' ')}`,
  );

  const header = ['measure', ...SIZES.map((size) => `${size} instance${size > 1 ? 's' : ''}`)];
  const lines = [header, header.map(() => '---'), ...rows].map(
    (cells) => `| ${cells.join(' | ')} |`,
  );
  console.log(`\n${lines.join('\n')}\n`);

  const one = results.get(1)?.result.throughput;
  const three = results.get(3)?.result.throughput;
  if (one && three)
    console.log(
      `3 instances vs 1, cached product page: ${(three.page.rps / one.page.rps).toFixed(2)}× ` +
        `(static file: ${(three.static.rps / one.static.rps).toFixed(2)}×). On this ${availableParallelism()}-core ` +
        'machine 3 instances cannot be 3×: the cores bound it, and haproxy, Redis, the services ' +
        'and autocannon itself share them.',
    );
  const outages = [...results.values()].map(({ topology, result }) => {
    const { views, staleBestSeller, staleOnDemand, neverRendered, changeTimeouts } = result;
    const count =
      views.redisTimeouts +
      staleBestSeller.redisTimeouts +
      staleOnDemand.redisTimeouts +
      neverRendered.redisTimeouts +
      changeTimeouts +
      result.throughput.redisTimeouts;
    return `${count} with ${topology.size}`;
  });
  console.log(
    `Redis outages logged by the instances: ${outages.join(', ')} ` +
      `(REDIS_COMMAND_TIMEOUT_MS ${process.env.REDIS_COMMAND_TIMEOUT_MS ?? '150 by default'}). ` +
      'A Redis read that times out is a miss: the instance renders what it does not hold itself ' +
      '(a MISS above, catalog calls); three in a row and it skips Redis for 2 s.',
  );
  for (const { topology } of results.values())
    console.log(
      `${topology.size} instance${topology.size > 1 ? 's' : ''}: build ${topology.buildId}` +
        `${topology.reusedBuild ? ' (reused)' : ' (built)'}, log ${topology.logFile}`,
    );
  const ids = new Set([...results.values()].map(({ topology }) => topology.buildId));
  if (ids.size > 1) console.log('NOTE: the topologies ran different builds (sources changed).');
}

const started = new Set<Topology>();
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void stopAllAndExit(130, started));

const results = new Map<number, { topology: Topology; result: Result }>();
console.log(
  `bench:cluster ${new Date().toISOString()}, ${availableParallelism()} cores, load average ${load()}`,
);
try {
  for (const size of SIZES) {
    const logFile = `.data/bench-cluster-${size}.log`;
    console.log(`cluster of ${size}: starting (build or reuse into ${DIST_DIR}; log ${logFile})…`);
    const began = Date.now();
    const topology = await startTopology({
      size,
      ports: PORTS,
      dataDir: DATA_DIR,
      distDir: DIST_DIR,
      logFile,
      env: { ...process.env, ...SECRETS },
      timeoutMs: 15 * 60_000,
    });
    started.add(topology);
    console.log(`  [${size}] up in ${Math.round((Date.now() - began) / 1000)} s`);
    try {
      results.set(size, { topology, result: await measureTopology(topology) });
    } finally {
      await topology.stop();
      started.delete(topology);
    }
  }
  report(results);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  if (results.size > 0) report(results);
  await stopAllAndExit(1, started);
}
