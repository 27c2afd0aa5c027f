import type { PromoCodeInput } from './promo-code';

/**
 * The codes a fresh shop starts with, one of each kind and condition, so a shopper (or a test)
 * can try them at once; README lists them. Created once: an edited or disabled code stays so.
 */
export const SEEDED_PROMO_CODES: PromoCodeInput[] = [
  { code: 'WELCOME10', kind: 'percent', percent: 10, perCustomerLimit: 1 },
  { code: 'SAVE5', kind: 'fixed', amount: 500, currency: 'USD', minSubtotal: 5_000 },
  { code: 'EURO5', kind: 'fixed', amount: 500, currency: 'EUR', minSubtotal: 5_000 },
  { code: 'YEN500', kind: 'fixed', amount: 500, currency: 'JPY', minSubtotal: 5_000 },
  { code: 'FREESHIP', kind: 'free_shipping' },
  {
    code: 'SUMMER20',
    kind: 'percent',
    percent: 20,
    startsAt: '2026-06-01T00:00:00Z',
    endsAt: '2026-09-01T00:00:00Z',
  },
];
