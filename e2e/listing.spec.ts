import { expect, test, type Page } from '@playwright/test';

const count = async (page: Page) =>
  Number((await page.locator('main p[role=status]').textContent())?.replace(/\D/g, ''));

test('facets filter without a full reload, with counts that match, and back/forward restores', async ({
  page,
}) => {
  await page.goto('/en-US/c/women');
  const before = await count(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  await page.locator('summary', { hasText: 'Brand' }).click();
  const brand = page.locator('details', { hasText: 'Brand' }).locator('a').first();
  const expected = Number((await brand.locator('span').last().textContent()) ?? '0');
  await brand.click();
  await expect(page).toHaveURL(/\/en-US\/c\/women\/filter\?brand=/);
  await expect.poll(() => count(page)).toBe(expected);
  expect(expected).toBeLessThan(before);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  await page.locator('summary', { hasText: 'Colour' }).click();
  await page.locator('details', { hasText: 'Colour' }).locator('a').first().click();
  await expect(page).toHaveURL(/color=/);
  const narrowed = await count(page);
  expect(narrowed).toBeLessThanOrEqual(expected);

  await page.goBack();
  await expect(page).not.toHaveURL(/color=/);
  await expect.poll(() => count(page)).toBe(expected);
  await page.goForward();
  await expect.poll(() => count(page)).toBe(narrowed);
});

test('the cached category page leaves closed filters out of its HTML; without JavaScript they are a link away', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en-US/c/women');
  const brand = page.locator('details', { hasText: 'Brand' });
  await brand.locator('summary').click();
  await expect(brand.locator('li')).toHaveCount(0);
  await brand.getByRole('link', { name: 'Show the options' }).click();
  await expect(page).toHaveURL(/\/en-US\/c\/women\/filter$/);
  await page.locator('summary', { hasText: 'Brand' }).click();
  const option = page.locator('details', { hasText: 'Brand' }).locator('li a').first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(/\/en-US\/c\/women\/filter\?brand=/);
  await context.close();
});

test('sort and price range change the order and keep the other filters', async ({ page }) => {
  await page.goto('/en-US/c/women/filter?sort=price_asc');
  const prices = async () =>
    (await page.locator('main article p.text-sm > span:first-child').allTextContents()).map(
      (text) => Number(text.replace(/[^0-9.]/g, '')),
    );
  const ascending = await prices();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  await page.locator('summary', { hasText: 'Price' }).click();
  await page.getByLabel('Min (USD)').fill('50');
  await page.getByLabel('Max (USD)').fill('80');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/priceMin=50&priceMax=80/);
  await expect(page).toHaveURL(/sort=price_asc/);
  for (const price of await prices()) expect(price).toBeGreaterThanOrEqual(50);
  await expect(page.getByRole('navigation', { name: 'Active filters' })).toContainText(
    'from $50.00',
  );
});

test('cursor pages walk to the last product of a filtered listing', async ({ page }) => {
  await page.goto('/en-US/c/womens-dresses/filter?brand=canopy');
  const total = await count(page);
  let seen = await page.locator('main article').count();
  for (
    let pageNo = 0;
    pageNo < 20 && (await page.getByRole('link', { name: 'Next page' }).count()) > 0;
    pageNo++
  ) {
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(page.getByRole('link', { name: 'Back to the first page' })).toBeVisible();
    seen += await page.locator('main article').count();
  }
  expect(seen).toBe(total);
});

test('the unfiltered category page stays an ISR hit; filtered views are per request', async ({
  request,
}) => {
  await request.get('/en-US/c/women');
  expect((await request.get('/en-US/c/women')).headers()['x-nextjs-cache']).toBe('HIT');
  const filtered = await request.get('/en-US/c/women/filter?brand=canopy');
  expect(filtered.headers()['x-nextjs-cache']).toBeUndefined();
  expect(filtered.headers()['cache-control']).toContain('no-store');
  // An old-style link with the query on the category path still filters.
  expect(await (await request.get('/en-US/c/women?brand=canopy')).text()).toContain('Canopy');
});

test('nonsense filters, sorts and cursors are ignored and the page still works', async ({
  page,
}) => {
  for (const query of [
    'brand=%3Cscript%3Ealert(1)%3C/script%3E',
    'priceMin=abc&priceMax=-4',
    'sort=cheapest',
    'cursor=not-a-real-cursor',
    'size=' + 'x'.repeat(3000),
  ]) {
    const response = await page.goto(`/en-US/c/women/filter?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.locator('main article').first(), query).toBeVisible();
  }
  await page.goto('/en-US/c/women/filter?brand=canopy&color=no-such-colour');
  await expect(page.getByRole('navigation', { name: 'Active filters' })).toContainText('Canopy');
});

test('an empty filter combination offers a way out', async ({ page }) => {
  await page.goto('/en-US/c/womens-dresses/filter?priceMin=999999');
  await expect(page.getByText('No products match these filters.')).toBeVisible();
  await page.locator('main').getByRole('link', { name: 'Clear all filters' }).last().click();
  await expect(page).toHaveURL(/\/en-US\/c\/womens-dresses$/);
  await expect(page.locator('main article').first()).toBeVisible();
});
