import { expect, test, type Page } from '@playwright/test';
import { addSize } from '../support/cart';
import { clusterStack, clusterUnavailable } from '../support/cluster-stack';
import { listProducts } from '../support/services';

test.skip(Boolean(clusterUnavailable), clusterUnavailable);

/**
 * A form rendered by one instance and posted to another, as a balancer does it: the page comes
 * from instance 1, the form's POST is answered by instance 2 (add to cart) or 3 (a checkout
 * step). Server actions carry an id and encrypted arguments from the build, so this works only
 * when every instance runs one build (or builds with one NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).
 * Without JavaScript, so the browser posts the HTML form itself.
 */
const { instanceUrls, servicesUrl } = clusterStack;
const [first, second, third] = instanceUrls as unknown as [string, string, string];

/** Sends this page's form posts to `target` instead, as if the balancer had chosen it. */
async function postTo(page: Page, target: string): Promise<string[]> {
  const answeredBy: string[] = [];
  await page.route(
    (url) => url.origin === first,
    async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      const url = new URL(request.url());
      const response = await route.fetch({
        url: `${target}${url.pathname}${url.search}`,
        headers: { ...request.headers(), origin: target },
        maxRedirects: 0,
      });
      answeredBy.push(target);
      await route.fulfill({ response });
    },
  );
  return answeredBy;
}

test('an add-to-cart form from one instance and a checkout step posted to another both work', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: first });
  const page = await context.newPage();
  const [product] = await listProducts(
    request,
    'category=c003&sort=popular&limit=1&locale=en-US&currency=USD',
    servicesUrl,
  );
  await page.goto(`/en-US/p/${product!.slug}`);

  const addedBy = await postTo(page, second);
  await addSize(page);
  await expect(page).toHaveURL(/\/en-US\/cart$/);
  await expect(page.locator('main li')).toContainText(product!.name);
  expect(addedBy).toEqual([second]);

  await page.unrouteAll();
  const steppedBy = await postTo(page, third);
  await page.goto('/en-US/checkout');
  await expect(page).toHaveURL(/\/checkout\/contact$/);
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/checkout\/address$/);
  expect(steppedBy).toEqual([third]);
  await context.close();
});
