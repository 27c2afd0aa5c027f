import { defineExperiment } from './experiment';

/**
 * Every experiment the storefront runs: the one place to add, stop or decide one. A page reads
 * its variant with `experimentVariant(variants, key)` (lib/experiments/page-variants.ts).
 * To stop: set `stop` (and `winner`, if there is one); the next request serves it to everyone.
 */
export const experiments = [
  defineExperiment({
    key: 'pdp-add-to-cart',
    hypothesis:
      'On phones, an add-to-cart bar that stays in view turns more product views into add-to-carts than the inline button',
    page: 'product',
    variants: { inline: 50, sticky: 50 },
    targeting: { devices: ['phone'] },
    start: '2026-11-01',
    primaryMetric: 'add_to_cart',
  }),
  defineExperiment({
    key: 'home-hero',
    hypothesis:
      'A hero that leads with best sellers gets more shoppers to add to cart than the brand message',
    page: 'home',
    variants: { brand: 50, 'best-sellers': 50 },
    start: '2026-11-01',
    primaryMetric: 'add_to_cart',
  }),
];
