import { z } from 'zod';
import { currencySchema } from '../catalog/money';

/** Test card numbers; nothing else is ever authorized. */
export const TEST_CARDS = {
  success: '4242424242424242',
  insufficientFunds: '4000000000009995',
  slowGateway: '4000000000000119',
} as const;

export const cardSchema = z
  .object({
    number: z.string().regex(/^\d{12,19}$/, 'must be 12 to 19 digits'),
    expMonth: z.number().int().min(1).max(12),
    expYear: z.number().int().min(2000).max(2100),
    cvc: z.string().regex(/^\d{3,4}$/, 'must be 3 or 4 digits'),
  })
  .strict();
export type Card = z.infer<typeof cardSchema>;

export const moneySchema = z
  .object({
    amount: z.number().int().min(0).max(100_000_000),
    currency: currencySchema,
  })
  .strict();

export const CARD_BRANDS = ['visa', 'mastercard', 'amex', 'unknown'] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];

function cardBrand(number: string): CardBrand {
  if (number.startsWith('4')) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  return 'unknown';
}

/** What may be kept of a card: never the full number or the CVC. */
export interface CardSummary {
  brand: CardBrand;
  last4: string;
}

export function summarizeCard(card: Card): CardSummary {
  return { brand: cardBrand(card.number), last4: card.number.slice(-4) };
}

/** Non-reversible stand-in for the card in idempotency hashes: brand, last 4 and expiry only. */
export function cardFingerprint(card: Card): string {
  const { brand, last4 } = summarizeCard(card);
  return `${brand}:${last4}:${card.expMonth}/${card.expYear}`;
}

export function isExpired(card: Card, now = new Date()): boolean {
  const year = now.getUTCFullYear();
  return card.expYear < year || (card.expYear === year && card.expMonth < now.getUTCMonth() + 1);
}
