/**
 * INP of the interactions that matter, on a phone (Pixel 7 viewport, touch: taps, not clicks)
 * with the CPU slowed down through CDP (Emulation.setCPUThrottlingRate), against a running stack
 * (loopback only). Each run is a fresh context and a fresh page load per page:
 *   product page: colour chip, size chip, add to cart, header cart button (drawer);
 *   category page: a colour facet (a soft navigation);
 *   home page: typing "linen" in the header search, each keystroke an interaction.
 * The page's own Event Timing entries (durationThreshold 16, grouped by interactionId, longest
 * wins) give latency and its phases; Long Animation Frames name the scripts behind a slow one.
 * Exit code 1 when an interaction's p75 or worst is over 200 ms.
 * Usage: tsx bench/inp.ts   (BENCH_URL, BENCH_SERVICES_URL, INP_RUNS=10, INP_CPU_SLOWDOWN=4,
 *   INP_PAGES=product,facet,search, INP_TYPE_GAP_MS=150, INP_VERBOSE=1 for every run)
 */
import { launchBrowser } from './lib/inp-browser';
import type { Feedback } from './lib/inp-page';
import { printDiagnosis, printFeedback, printRuns, printTable, TARGET_MS } from './lib/inp-report';
import {
  facetRun,
  productRun,
  searchRun,
  type ProductChoice,
  type RunSettings,
  type Sample,
} from './lib/inp-scenarios';
import { ensureUp, products, servicesUrl, storefrontUrl } from './lib/stack';

const RUNS = Number(process.env.INP_RUNS ?? 10);
const CPU_SLOWDOWN = Number(process.env.INP_CPU_SLOWDOWN ?? 4);
const PAGES = (process.env.INP_PAGES ?? 'product,facet,search').split(',');
const TYPE_GAP_MS = Number(process.env.INP_TYPE_GAP_MS ?? 150);
const CATEGORY_PATH = '/en-US/c/women';
const QUERY = 'linen';

/**
 * A popular product with colour and size whose second colour has a size with stock for every
 * run's add (each run adds one): the colour tap changes the choice, the add is never refused.
 */
async function productChoice(): Promise<ProductChoice> {
  const query = 'category=c003&sort=popular&limit=12&locale=en-US&currency=USD';
  for (const product of await products(query)) {
    const detail = (await (
      await fetch(`${servicesUrl}/catalog/products/${product.id}?locale=en-US&currency=USD`)
    ).json()) as {
      options: Array<{ name: string; values: Array<{ value: string }> }>;
      variants: Array<{ sku: string; options: { color: string; size: string } }>;
    };
    const stock = (await (
      await fetch(`${servicesUrl}/inventory/products/${product.id}`)
    ).json()) as { items: Array<{ sku: string; available: number }> };
    const colour = detail.options.find((o) => o.name === 'color')?.values[1]?.value;
    const variant = detail.variants.find(
      (v) =>
        v.options.color === colour &&
        (stock.items.find((item) => item.sku === v.sku)?.available ?? 0) >= RUNS + 5,
    );
    if (colour && variant) return { slug: product.slug, color: colour, size: variant.options.size };
  }
  throw new Error('no popular product with a second colour in stock');
}

await ensureUp();
const choice = await productChoice();
console.log(
  `INP at ${CPU_SLOWDOWN}x CPU slowdown, Pixel 7 (touch), ${RUNS} runs of ${PAGES.join(', ')}; ` +
    `product ${choice.slug} (${choice.color}, ${choice.size}), category ${CATEGORY_PATH}, ` +
    `search "${QUERY}" (${TYPE_GAP_MS} ms between keys)`,
);
const browser = await launchBrowser();
const samples: Sample[] = [];
const feedback: Feedback[] = [];
try {
  // Pages interleaved run by run, so a noisy minute on the machine spreads over all of them.
  for (let run = 1; run <= RUNS; run++) {
    const settings: RunSettings = { browser, storefrontUrl, cpuSlowdown: CPU_SLOWDOWN, run };
    if (PAGES.includes('product')) {
      const result = await productRun(settings, choice);
      samples.push(...result.samples);
      feedback.push(result.feedback);
    }
    if (PAGES.includes('facet')) samples.push(...(await facetRun(settings, CATEGORY_PATH)));
    if (PAGES.includes('search')) samples.push(...(await searchRun(settings, QUERY, TYPE_GAP_MS)));
    process.stdout.write(`run ${run}/${RUNS} done\n`);
  }
} finally {
  await browser.close();
}

if (process.env.INP_VERBOSE) printRuns(samples);
const missed = printTable(samples);
if (feedback.length) printFeedback(feedback);
if (missed.length) {
  console.log(`\nOver ${TARGET_MS} ms (p75 or worst): ${missed.join(', ')}`);
  printDiagnosis(samples, missed);
  process.exitCode = 1;
}
