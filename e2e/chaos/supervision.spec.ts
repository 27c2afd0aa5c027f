import { expect, test, type APIRequestContext } from '@playwright/test';
import { servicesPid, storefrontPid } from '../support/processes';
import { listProducts } from '../support/services';

/**
 * What `npm start`'s supervisor (scripts/lib/supervisor.ts) does when its processes crash, hang
 * or crash in a loop, against the production build and the real services. Every test leaves
 * the stack whole again.
 */

/** Status of a GET, or undefined while nothing answers (a server restarting). */
async function statusOf(request: APIRequestContext, path: string, timeout = 5_000) {
  const response = await request.get(path, { timeout }).catch(() => undefined);
  return response?.status();
}

/** Waits for a services process other than `old` to answer, and returns its pid. */
async function servicesBack(request: APIRequestContext, old: number | undefined, timeout: number) {
  await expect
    .poll(async () => servicesPid(request), { timeout, intervals: [250] })
    .toEqual(expect.any(Number));
  const pid = (await servicesPid(request))!;
  expect(pid).not.toBe(old);
  return pid;
}

/** One product page a test renders (cached from then on) and one it never asks for before. */
async function pages(request: APIRequestContext, index: number) {
  const listed = await listProducts(request, 'sort=price_asc&limit=100&locale=en-US&currency=USD');
  const [cached, fresh] = listed.slice(index, index + 2);
  const cachedPath = `/en-US/p/${cached!.slug}`;
  expect(await statusOf(request, cachedPath)).toBe(200);
  return { cachedPath, freshPath: `/en-US/p/${fresh!.slug}` };
}

test('a services crash loop pauses restarts; the storefront never stops and serves cached pages meanwhile', async ({
  request,
}) => {
  const { cachedPath, freshPath } = await pages(request, 60);
  const storefront = storefrontPid();
  // Five crashes in a row, each services process killed as soon as it answers.
  let pid = await servicesPid(request);
  for (let crash = 1; crash <= 5; crash += 1) {
    process.kill(pid!, 'SIGKILL');
    if (crash < 5) pid = await servicesBack(request, pid, 60_000);
  }
  // The supervisor now waits before trying again: the services stay down a while.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await servicesPid(request)).toBeUndefined();
  expect(storefrontPid()).toBe(storefront);
  const cached = await request.get(cachedPath);
  expect(cached.status()).toBe(200);
  expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
  const fresh = await request.get(freshPath, { timeout: 10_000 });
  expect(fresh.status()).toBe(503);
  expect(fresh.headers()['retry-after']).toBe('10');
  expect(await fresh.text()).toContain('<h1>Something went wrong</h1>');

  // After the cool-down the services come back on their own, and so does the page.
  await servicesBack(request, pid, 90_000);
  await expect.poll(() => statusOf(request, freshPath), { timeout: 30_000 }).toBe(200);
  expect(storefrontPid()).toBe(storefront);
});

test('hung services (SIGSTOP) are noticed by their health check and restarted', async ({
  request,
}) => {
  const { cachedPath, freshPath } = await pages(request, 70);
  const hung = (await servicesPid(request))!;
  process.kill(hung, 'SIGSTOP');
  try {
    // While they hang: the cached page answers, a new one is a readable 503 within the deadline.
    expect(await statusOf(request, cachedPath)).toBe(200);
    const fresh = await request.get(freshPath, { timeout: 10_000 });
    expect(fresh.status()).toBe(503);
    expect(await fresh.text()).not.toContain('<script');
    await servicesBack(request, hung, 60_000);
    await expect.poll(() => statusOf(request, freshPath), { timeout: 30_000 }).toBe(200);
  } finally {
    // Killed by the supervisor by now; if not, never leave a stopped process behind.
    try {
      process.kill(hung, 'SIGCONT');
    } catch {
      // gone
    }
  }
});

test('a killed storefront (SIGKILL) is restarted from the same build; the services are left alone', async ({
  request,
}) => {
  const services = await servicesPid(request);
  const killed = storefrontPid();
  process.kill(killed, 'SIGKILL');
  await expect.poll(() => statusOf(request, '/en-US'), { timeout: 60_000 }).toBe(200);
  expect(storefrontPid()).not.toBe(killed);
  expect(await servicesPid(request)).toBe(services);
});

test('a hung storefront (SIGSTOP) is noticed by its liveness probe and replaced', async ({
  request,
}) => {
  const hung = storefrontPid();
  process.kill(hung, 'SIGSTOP');
  try {
    await expect
      .poll(() => statusOf(request, '/en-US', 2_000), { timeout: 60_000, intervals: [1_000] })
      .toBe(200);
    expect(storefrontPid()).not.toBe(hung);
  } finally {
    try {
      process.kill(hung, 'SIGCONT');
    } catch {
      // gone
    }
  }
});
