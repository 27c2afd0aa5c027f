import { expect, test, type Page } from '@playwright/test';
import { addToCartAndOpenDrawer, openProductWithSizes } from './support/cart';

/**
 * Every page's Content-Security-Policy allows exactly its own inline scripts, never
 * 'unsafe-inline' for scripts: cached pages by hash (one document for everybody), rendered ones
 * by a fresh nonce (lib/http/page-csp.ts). The browser is the judge: it reports any script the
 * policy refused, and the pages must still work.
 */

declare global {
  interface Window {
    violations?: string[];
  }
}

async function watchViolations(page: Page) {
  // Injected through the DevTools protocol, which the page's own policy does not govern.
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations!.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.violations ?? []);

function scriptSources(csp: string | undefined): string {
  return csp?.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
}

test('cached pages run their inline scripts by hash, in every locale, and nothing is refused', async ({
  page,
}) => {
  await watchViolations(page);
  for (const path of ['/en-US', '/de-DE', '/fr-FR', '/ja-JP', '/en-US/c/women']) {
    const response = await page.goto(path);
    const policy = scriptSources(response?.headers()['content-security-policy']);
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }
});

test('a product page hydrates under its hash policy: add to cart works, then the cart and checkout run by nonce', async ({
  page,
  request,
}) => {
  await watchViolations(page);
  await openProductWithSizes(page, request);
  await addToCartAndOpenDrawer(page);
  expect(await violations(page)).toEqual([]);
  const nonces = new Set<string>();
  for (const path of [
    '/en-US/cart',
    '/en-US/cart',
    '/en-US/checkout/contact',
    '/en-US/search?q=tee',
  ]) {
    const response = await page.goto(path);
    const policy = scriptSources(response?.headers()['content-security-policy']);
    expect(policy, path).not.toContain('unsafe-inline');
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }
  // A fresh nonce per rendered page.
  expect(nonces.size).toBe(4);
});

test('the hashes travel from the cache to the policy only: the internal header is never sent', async ({
  request,
}) => {
  const response = await request.get('/en-US');
  expect(response.headers()['x-storefront-script-hashes']).toBeUndefined();
});
