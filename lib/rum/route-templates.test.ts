import { describe, expect, it } from 'vitest';
import { routeTemplate } from './route-templates';

describe('routeTemplate', () => {
  it.each([
    ['/en-US', '/[locale]'],
    ['/de-DE/c/women', '/[locale]/c/[slug]'],
    ['/de-DE/c/women/filter?size=M', '/[locale]/c/[slug]/filter'],
    ['/ja-JP/p/linen-shirt-p000123?color=navy', '/[locale]/p/[slug]'],
    ['/fr-FR/search?q=robe', '/[locale]/search'],
    ['/en-US/checkout/payment', '/[locale]/checkout/[step]'],
    ['/en-US/order/lookup', '/[locale]/order/lookup'],
    ['/en-US/order/ORD-ABC123', '/[locale]/order/[orderId]'],
    ['/en-US/no/such/page', '/[locale]/[...rest]'],
  ])('%s → %s', (path, template) => {
    expect(routeTemplate(path)).toBe(template);
  });
});
