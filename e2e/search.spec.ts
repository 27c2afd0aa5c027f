import { expect, test } from '@playwright/test';

test('autocomplete by keyboard: suggestions, arrows, Enter opens the product, Escape closes', async ({
  page,
}) => {
  await page.goto('/en-US');
  const box = page.getByRole('combobox', { name: 'Search products' });
  await box.click();
  await box.pressSequentially('shrit');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('option').first()).toContainText(/shirt/i);
  await expect(page.locator('p[aria-live="polite"]')).toContainText('suggestions available');

  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /option-0$/);
  const name = (await page.getByRole('option').first().locator('span').first().textContent()) ?? '';
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en-US\/p\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('submitting a search shows results with facets and remembers the query', async ({ page }) => {
  await page.goto('/en-US');
  const box = page.getByRole('combobox', { name: 'Search products' });
  await box.fill('linen');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en-US\/search\?q=linen/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “linen”');
  await expect(page.locator('main article').first()).toContainText(/linen/i);
  await expect(page.locator('summary', { hasText: 'Brand' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Search products' }).fill('');
  await page.getByRole('combobox', { name: 'Search products' }).focus();
  await expect(page.getByRole('group', { name: 'Recent searches' })).toContainText('linen');
});

test('typos, prefixes and Japanese queries find products', async ({ page }) => {
  await page.goto('/en-US/search?q=shrit');
  await expect(page.locator('main article').first()).toContainText(/shirt/i);
  await page.goto('/ja-JP/search?q=%E3%83%AA%E3%83%8D%E3%83%B3');
  await expect(page.locator('main article').first()).toBeVisible();
});

test('no results suggests alternatives and categories', async ({ page }) => {
  await page.goto('/en-US/search?q=lnenn%20zzzq');
  await expect(page.getByText('No results for “lnenn zzzq”.')).toBeVisible();
  await expect(page.getByText('Or browse a category:')).toBeVisible();
});

test('hostile queries are shown as text, never markup, and never fail', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => dialogs.push(dialog.message()));
  for (const q of ['<script>alert(1)</script>', '👗🧥 dress', 'فستان أحمر', 'x'.repeat(2048)]) {
    const response = await page.goto(`/en-US/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q.slice(0, 20)).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await expect(page.getByText('Your search was shortened to 200 characters.')).toBeVisible();
  await page.goto(`/en-US/search?q=${encodeURIComponent('<img src=x onerror=alert(2)>')}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    '<img src=x onerror=alert(2)>',
  );
  expect(dialogs).toEqual([]);
  expect((await page.request.get('/api/suggest?locale=en-US&q=%3Cscript%3E')).status()).toBe(200);
  expect((await page.request.get('/api/suggest?locale=xx&q=a')).status()).toBe(400);
});

test('switching market keeps the search and its filters', async ({ page }) => {
  await page.goto('/en-US/search?q=linen&sort=price_asc');
  await page.getByRole('link', { name: 'Deutschland (EUR)' }).click();
  await expect(page).toHaveURL(/\/de-DE\/search\?q=linen&sort=price_asc$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnisse für „linen“');
});
