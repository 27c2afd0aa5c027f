import { expect, test, type APIRequestContext } from '@playwright/test';
import { createClient } from 'redis';
import { clusterStack, clusterUnavailable } from '../support/cluster-stack';
import { admin, listProducts } from '../support/services';

test.skip(Boolean(clusterUnavailable), clusterUnavailable);

/**
 * Redis hung (SIGSTOP) and then stopped (its supervisor starts it again, empty) while shoppers
 * keep asking for cached pages on every instance: not one request fails, and once it is back
 * the cluster shares again, without a restart (a price change reaches every instance).
 */
const { balancerUrl, instanceUrls, servicesUrl, redisUrl } = clusterStack;

const usd = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

async function redisPid(): Promise<number> {
  const client = createClient({ url: redisUrl });
  await client.connect();
  const info = await client.info('server');
  client.destroy();
  return Number(/process_id:(\d+)/.exec(info)![1]);
}

async function redisAnswers(): Promise<boolean> {
  const client = createClient({ url: redisUrl, socket: { reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    if (client.isOpen) client.destroy();
  }
}

/** Requests cached pages on every instance and the balancer until stopped; collects failures. */
function shoppers(request: APIRequestContext, paths: string[]) {
  const failures: string[] = [];
  let served = 0;
  let running = true;
  const loops = [...instanceUrls, balancerUrl].map(async (base) => {
    for (let index = 0; running; index++) {
      const url = `${base}${paths[index % paths.length]}`;
      const response = await request.get(url, { timeout: 15_000 }).catch((error: Error) => error);
      if (response instanceof Error) failures.push(`${url}: ${response.message}`);
      else if (response.status() !== 200) failures.push(`${url}: ${response.status()}`);
      else served++;
    }
  });
  return {
    failures,
    served: () => served,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

test('Redis hung, then stopped, under traffic: no failed request, then sharing resumes', async ({
  request,
}) => {
  test.setTimeout(150_000);
  const products = await listProducts(
    request,
    'sort=popular&limit=100&locale=en-US&currency=USD',
    servicesUrl,
  );
  const paths = products.slice(85, 91).map((product) => `/en-US/p/${product.slug}`);
  const [changed] = products.slice(92, 93) as [(typeof products)[number]];
  const changedPath = `/en-US/p/${changed.slug}`;
  // Every instance holds these pages (the changed one with its old price) before the outage.
  for (const url of instanceUrls)
    for (const path of [...paths, changedPath]) await request.get(`${url}${path}`);

  const traffic = shoppers(request, paths);
  const pid = await redisPid();
  const servedBeforeHang = traffic.served();
  process.kill(pid, 'SIGSTOP');
  // A price change while Redis hangs: the instance that gets the webhook cannot tell the others,
  // so it answers 503 and the backend retries (after 1, 5 and 30 s).
  const changedAmount = changed.price.amount + 555;
  const change = await admin(
    request,
    'PATCH',
    `/products/${changed.id}`,
    { prices: { USD: changedAmount } },
    servicesUrl,
  );
  expect(change.webhook).toMatchObject({ delivered: false, status: 503 });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  // Only what was answered during the hang counts: pages served from local copies.
  const servedWhileHung = traffic.served() - servedBeforeHang;
  process.kill(pid, 'SIGCONT');
  // Stopped: the cluster's supervisor starts a new, empty Redis.
  process.kill(pid, 'SIGKILL');
  await expect.poll(redisAnswers, { timeout: 20_000 }).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // instances reconnect (≤ 2 s)
  await traffic.stop();

  expect(traffic.failures).toEqual([]);
  expect(servedWhileHung).toBeGreaterThan(0);

  // The backend's retry reaches a cluster that shares again: every instance shows the change.
  for (const url of instanceUrls)
    await expect
      .poll(async () => (await request.get(`${url}${changedPath}`)).text(), {
        message: `${url} shows the price changed during the outage`,
        timeout: 45_000,
      })
      .toContain(usd(changedAmount));

  // Shared again: a webhook that reaches one instance reaches all three.
  const product = products[91]!;
  const path = `/en-US/p/${product.slug}`;
  for (const url of instanceUrls) await request.get(`${url}${path}`);
  const newAmount = product.price.amount + 777;
  await admin(
    request,
    'PATCH',
    `/products/${product.id}`,
    { prices: { USD: newAmount } },
    servicesUrl,
  );
  for (const url of instanceUrls)
    expect(await (await request.get(`${url}${path}`)).text(), url).toContain(usd(newAmount));
});
