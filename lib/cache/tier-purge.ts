/**
 * Purges pages from the cache tier in front of the storefront (deploy/varnish/default.vcl):
 * one `PURGE <path>` per page and tier, carrying the purge token. The tier drops every copy
 * stored under that path, the HTML and the RSC payloads, every variant's page being a path of
 * its own. Next's cache knows pages by keys that end in their path (16.5:
 * `/route-cache/APP_PAGE/<route hash>/$<path>`); other keys (data fetches) are not pages and are
 * skipped. The cluster e2e (e2e/cluster/cache-tier.spec.ts) holds this to Next's real keys.
 */
export interface CacheTier {
  urls: string[];
  token: string;
}

export type TierPurge = 'no-tier' | 'purged' | 'failed';

// What the tier accepts: one path, no query, no spaces or quotes, bounded.
const PAGE_PATH = /^\/[^\s"?#]{0,2047}$/;
const DEADLINE_MS = 2_000;
const PARALLEL = 8;

const PAGE_KEY = /^\/route-cache\/APP_PAGE\/[^/]+\/\$(\/.*)$/;

export function pagePaths(keys: string[]): string[] {
  const paths = keys.map((key) => PAGE_KEY.exec(key)?.[1]);
  return [
    ...new Set(paths.filter((path): path is string => path !== undefined && PAGE_PATH.test(path))),
  ];
}

/** `paths`: pagePaths() of Next's keys. */
export async function purgeCacheTier(
  paths: string[],
  tier: CacheTier | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<TierPurge> {
  if (!tier) return 'no-tier';
  const bans = tier.urls.flatMap((base) => paths.map((path) => new URL(path, base)));
  let failed = false;
  for (let start = 0; start < bans.length; start += PARALLEL) {
    const answers = await Promise.all(
      bans.slice(start, start + PARALLEL).map((target) =>
        fetchImpl(target, {
          method: 'PURGE',
          headers: { 'x-purge-token': tier.token },
          signal: AbortSignal.timeout(DEADLINE_MS),
        }).then(
          (response) => response.ok,
          () => false,
        ),
      ),
    );
    if (answers.includes(false)) failed = true;
  }
  return failed ? 'failed' : 'purged';
}
