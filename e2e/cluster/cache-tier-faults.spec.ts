import { expect, test } from '@playwright/test';
import { clusterStack, clusterUnavailable } from '../support/cluster-stack';
import { listeningPids, PHONE, tierGet, visitorIdOf } from '../support/tier';

test.skip(Boolean(clusterUnavailable), clusterUnavailable);

/**
 * The cache tier when things go wrong: every instance down (stale copies, then a clear 503 for
 * a page it never held), and bad input that must never poison a shared copy or hand a visitor
 * another variant's page: forged and oversized purges, the tier's own headers sent by a client,
 * marketing and junk parameters, internal variant paths.
 */
const { balancerUrl, instanceUrls, purgeToken } = clusterStack;
const instancePorts = instanceUrls.map((url) => Number(new URL(url).port));

/** haproxy's answer; until it has noticed, a request to a stopped instance hangs: 0. */
async function balancerStatus(): Promise<number> {
  const signal = AbortSignal.timeout(2_000);
  return (await fetch(`${balancerUrl}/robots.txt`, { signal }).catch(() => undefined))?.status ?? 0;
}

/** Asks until the tier answers from its cache (after a fault, the first answers may not be). */
async function cachedAtTier(path: string): Promise<void> {
  await expect.poll(async () => (await tierGet(path)).cache, { timeout: 20_000 }).toBe('HIT');
}

test('with every instance down the tier serves its stale copies, and a clear 503 for what it never held', async () => {
  test.setTimeout(120_000);
  const paths = ['/en-US/c/men', '/de-DE/c/women'];
  for (const path of paths) expect((await tierGet(path)).status).toBe(200);
  // Past the tier's freshness (3 s here): from now on these are stale copies.
  await new Promise((wake) => setTimeout(wake, 3_500));
  const pids = listeningPids(instancePorts);
  for (const pid of pids) process.kill(pid, 'SIGSTOP');
  try {
    // haproxy notices within seconds and answers 503; the tier's probe follows.
    await expect.poll(balancerStatus, { timeout: 30_000 }).toBe(503);
    for (const path of paths) {
      const stale = await tierGet(path);
      expect(stale.status, path).toBe(200);
      expect(stale.cache, path).toBe('STALE');
    }
    await expect
      .poll(async () => (await tierGet('/fr-FR/c/never-cached-category')).status, {
        timeout: 20_000,
      })
      .toBe(503);
    const never = await fetch(`${clusterStack.tierUrl}/fr-FR/c/never-cached-category`);
    expect(never.headers.get('retry-after')).toBe('10');
    expect(await never.text()).toContain('try again');
  } finally {
    for (const pid of pids) process.kill(pid, 'SIGCONT');
    await expect.poll(balancerStatus, { timeout: 30_000 }).toBe(200);
  }
});

test('a forged, malformed or oversized purge is refused and drops nothing', async () => {
  const path = '/en-US/c/women';
  await cachedAtTier(path);
  const purge = (target: string, token?: string) =>
    fetch(`${clusterStack.tierUrl}${target}`, {
      method: 'PURGE',
      headers: token ? { 'x-purge-token': token } : {},
    });
  expect((await purge(path)).status).toBe(403);
  expect((await purge(path, 'not-the-token-0123456789')).status).toBe(403);
  expect((await purge(`${path}?x=1`, purgeToken)).status).toBe(400);
  expect((await purge(`/${'a'.repeat(5000)}`, purgeToken)).status).toBeGreaterThanOrEqual(400);
  expect((await tierGet(path)).cache).toBe('HIT');
  // The real token works, for the one path.
  expect((await purge(path, purgeToken)).status).toBe(200);
  expect((await tierGet(path)).cache).toBe('MISS');
});

test("a client's crafted cache key never poisons a shared copy or gets another variant's page", async () => {
  const path = '/fr-FR';
  // Visitors until both home-hero variants have one.
  const byVariant = new Map<string, string>();
  for (let tries = 0; tries < 30 && byVariant.size < 2; tries += 1) {
    const visit = await tierGet(path);
    byVariant.set(visit.variants!['home-hero']!, visitorIdOf(visit)!);
  }
  expect(byVariant.size).toBe(2);
  const [[variantA, visitorA], [variantB]] = [...byVariant] as [[string, string], [string, string]];

  // The tier's own protocol headers from outside, and junk parameters: A still gets A.
  const forged = await tierGet(`${path}?utm_source=x&gclid=y&junk=%3Cscript%3E`, {
    cookie: `vid=${visitorA}`,
    'x-edge-routed': '1',
    'x-edge-code': 'forged',
    'x-variant-code': 'forged',
    'x-edge-path': '/fr-FR/p/other',
    'x-forwarded-host': 'evil.example',
  });
  expect(forged.status).toBe(200);
  expect(forged.variants?.['home-hero']).toBe(variantA);
  expect(forged.body).not.toContain('evil.example');
  // Campaign parameters do not split the copy: the plain URL's copy answers.
  const campaign = await tierGet(`${path}?utm_campaign=winter&fbclid=z`, {
    cookie: `vid=${visitorA}`,
  });
  expect(['HIT', 'STALE']).toContain(campaign.cache);
  // A visitor id that is not a UUID is a new visitor, never someone's copy.
  const junkId = await tierGet(path, { cookie: 'vid=<script>' });
  expect(visitorIdOf(junkId)).toMatch(/^[0-9a-f-]{36}$/);
  // Every variant's copy is still its own.
  for (const [variant, visitor] of byVariant)
    expect((await tierGet(path, { cookie: `vid=${visitor}` })).variants?.['home-hero']).toBe(
      variant,
    );
  expect(variantB).not.toBe(variantA);

  // An internal variant path from outside is not a page.
  expect((await tierGet('/fr-FR/variants/forged')).status).toBe(404);
  expect((await tierGet('/fr-FR/p/x/variants/forged', { 'user-agent': PHONE })).status).toBe(404);
});
