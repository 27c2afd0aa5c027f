import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import type { Topology } from './cluster-topology';
import { driveMix, type MixAnswers } from './edge-mix';
import { measureTargets, type EdgeTarget, type TargetResult } from './edge-throughput';
import {
  BROWSER,
  crawler,
  DESKTOP_UA,
  firstVisit,
  returning,
  visitorsPerVariant,
  type Visitor,
} from './edge-visitors';
import { countForPage, type PageOriginCount } from './origin-counts';
import { recordOriginRequests } from './tier-log';

/** bench:edge's measurements on one running cluster (bench/edge.ts says which). */
export interface EdgeRun {
  buildId: string;
  loadBefore: string;
  loadAfter: string;
  throughput: TargetResult[];
  /** What a first visit to the product page got: X-Cache and whether a vid cookie came. */
  firstVisitSetsCookie: string;
  origin: { label: string; count: PageOriginCount }[];
  answers: MixAnswers;
}

const ROUNDS = 4;
const MIX_CONCURRENCY = 4;
const load = () => loadavg()[0]!.toFixed(2);

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The top product, a category with a parent, and a static chunk the product page loads. */
async function pages(topology: Topology) {
  const query = 'sort=popular&limit=1&locale=en-US&currency=USD';
  const { items } = await json<{ items: { slug: string }[] }>(
    `${topology.servicesUrl}/catalog/products?${query}`,
  );
  const categories = await json<{ items: { slug: string; parentId: string | null }[] }>(
    `${topology.servicesUrl}/catalog/categories`,
  );
  const product = `/en-US/p/${items[0]!.slug}`;
  const category = `/en-US/c/${categories.items.find((c) => c.parentId !== null)!.slug}`;
  const html = await (await fetch(`${topology.tierUrl}${product}`)).text();
  const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!chunk) throw new Error('no static script found on the product page');
  return { product, category, chunk };
}

async function firstVisitAnswer(url: string): Promise<string> {
  const response = await fetch(url, { headers: firstVisit().headers });
  await response.arrayBuffer();
  const cookie = response.headers.get('set-cookie')?.split(';')[0]?.split('=')[0];
  return `${response.status} ${response.headers.get('x-cache')}, ${cookie ? `sets ${cookie}` : 'no cookie'}`;
}

/** Returning visitors in every variant the page has for phones (two ids each), and one desktop. */
async function mixVisitors(topology: Topology, page: string): Promise<Visitor[]> {
  const byCode = await visitorsPerVariant(topology.balancerUrl, page, { perVariant: 2, tries: 64 });
  const ids = [...byCode.values()].flat();
  return [
    ...ids.map((vid) => returning(vid)),
    returning(randomUUID(), DESKTOP_UA),
    firstVisit(),
    firstVisit(DESKTOP_UA),
    crawler,
  ];
}

export async function measureEdge(
  topology: Topology,
  options: { windowS: number; say: (line: string) => void },
): Promise<EdgeRun> {
  const { tierUrl, tierWorkDir } = topology;
  const loadBefore = load();
  const { product, category, chunk } = await pages(topology);
  const targets: EdgeTarget[] = [
    {
      label: `static file (${chunk.split('/').pop()})`,
      url: `${tierUrl}${chunk}`,
      headers: BROWSER,
    },
    {
      label: 'product page, returning visitor (phone, fixed vid)',
      url: `${tierUrl}${product}`,
      headers: returning(randomUUID()).headers,
    },
    {
      label: 'product page, first visits (phone, no cookie)',
      url: `${tierUrl}${product}`,
      headers: firstVisit().headers,
    },
    {
      label: 'category page, first visits (no cookie)',
      url: `${tierUrl}${category}`,
      headers: firstVisit().headers,
    },
  ];
  options.say(`throughput: ${ROUNDS} rounds of ${targets.length} targets…`);
  const throughput = await measureTargets(targets, {
    rounds: ROUNDS,
    tierWorkDir,
    say: options.say,
  });
  const firstVisitSetsCookie = await firstVisitAnswer(`${tierUrl}${product}`);

  const mixPages = [
    { label: 'product', path: product, visitors: await mixVisitors(topology, product) },
    { label: 'home', path: '/en-US', visitors: await mixVisitors(topology, '/en-US') },
  ];
  // One untimed pass, so that the window starts with every variant in the tier.
  await driveMix(tierUrl, mixPages, { seconds: 2, concurrency: 1 });
  options.say(`origin requests: mix for ${options.windowS} s, load ${load()}…`);
  const log = recordOriginRequests(tierWorkDir);
  await log.ready;
  const answers = await driveMix(tierUrl, mixPages, {
    seconds: options.windowS,
    concurrency: MIX_CONCURRENCY,
  });
  const requests = await log.stop();
  const origin = mixPages.map(({ label, path }) => ({
    label,
    count: countForPage(path, requests),
  }));
  return {
    buildId: topology.buildId,
    loadBefore,
    loadAfter: load(),
    throughput,
    firstVisitSetsCookie,
    origin,
    answers,
  };
}
