import { test } from '@playwright/test';
import { listProducts } from './support/services';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1440, height: 900 },
];

/** Screenshots of the main pages at phone and desktop widths, kept as test artifacts for review. */
for (const viewport of VIEWPORTS) {
  test(`main pages render at ${viewport.width}px without horizontal scrolling`, async ({
    page,
    request,
  }, testInfo) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const [product] = await listProducts(request, 'sort=popular&limit=1&locale=en-US&currency=USD');
    const pages = {
      home: '/en-US',
      category: '/en-US/c/women',
      search: '/en-US/search?q=linen',
      product: `/en-US/p/${product!.slug}`,
    };
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      test.expect(overflow, `${name} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await testInfo.attach(`${name}-${viewport.name}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
    }
  });
}
