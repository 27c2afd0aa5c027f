import { z } from 'zod';
import { locales, type Locale } from '@/lib/i18n/markets';
import { MAX_LINE_QUANTITY } from './line-quantity';

/**
 * What a shopper's browser may send to change a cart, for the form posts and the JSON routes
 * alike. Quantities arrive as form strings or JSON numbers; both are coerced and bounded here.
 */
const locale = z.enum(locales as [Locale, ...Locale[]]);

/** A JSON number, or the digits a form posts; never `null`, `""` or `true` coerced into 0 or 1. */
const quantity = (min: number) =>
  z
    .union([
      z.number(),
      z
        .string()
        .regex(/^\d{1,4}$/)
        .transform(Number),
    ])
    .pipe(z.number().int().min(min).max(MAX_LINE_QUANTITY));

/**
 * One id per intended add, made by the browser and resent with every replay of it (an offline
 * queue, a retry after a lost answer), so the add happens once. Forwarded as the cart service's
 * Idempotency-Key, whose 8 to 128 characters it keeps; the alphabet is narrower, to fit a UUID or
 * any URL-safe token and nothing that could be mistaken inside a header.
 */
const requestId = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/);

export const addLineInput = z.object({
  locale,
  productId: z.string().regex(/^p\d{6}$/),
  color: z.string().min(1).max(40),
  size: z.string().min(1).max(40),
  quantity: quantity(1).default(1),
  requestId: requestId.optional(),
});
export type AddLineInput = z.infer<typeof addLineInput>;

/** Quantity 0 removes the line. */
export const changeLineInput = z.object({
  locale,
  lineId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  quantity: quantity(0),
});
export type ChangeLineInput = z.infer<typeof changeLineInput>;
