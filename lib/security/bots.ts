/**
 * Crawlers render pages too, and their "vitals" (no real network, no real shopper) would skew
 * every percentile, so their beacons are dropped. The rule matches self-declared crawlers only.
 * HeadlessChrome and Lighthouse are deliberately not matched: the e2e suite and bench:lighthouse
 * drive headless Chromium and must reach the collector; a lab run from production shows up as a
 * handful of records from one client, which the per-client rate limit already bounds.
 */
// `bot\b` rather than `bot`: phone models such as "CUBOT_X30" contain the letters too.
const CRAWLER =
  /bot\b|crawler|spider|slurp|bingpreview|facebookexternalhit|embedly|mediapartners-google|apis-google|feedfetcher/i;

export function isBot(userAgent: string | null): boolean {
  return userAgent !== null && CRAWLER.test(userAgent);
}
