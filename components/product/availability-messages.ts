import type { AvailabilityMessages } from './live-availability';

type Translate = (key: keyof AvailabilityMessages) => string;
type TranslateRaw = { raw: (key: 'lowStock' | 'sizesInStock') => unknown };

/** The Availability namespace as plain strings; templates stay raw for the client to fill. */
export function availabilityMessages(t: Translate & TranslateRaw): AvailabilityMessages {
  return {
    heading: t('heading'),
    checking: t('checking'),
    inStock: t('inStock'),
    lowStock: String(t.raw('lowStock')),
    outOfStock: t('outOfStock'),
    unavailable: t('unavailable'),
    sizesInStock: String(t.raw('sizesInStock')),
    currentPrice: t('currentPrice'),
  };
}
