import { z } from 'zod';
import { lineSchema, moneySchema } from '../cart/validation';

/** What the confirmation and order pages show; unknown fields pass through untouched. */
export const orderSchema = z.object({
  id: z.string().min(1),
  status: z.string().min(1),
  email: z.string().min(1),
  // The order page compares it with what the shopper presents; a short one would be guessable.
  accessToken: z.string().min(24),
  currency: z.string().length(3),
  lines: z.array(lineSchema).min(1),
  subtotal: moneySchema,
  shipping: moneySchema,
  total: moneySchema,
  shippingAddress: z
    .object({
      name: z.string(),
      line1: z.string(),
      city: z.string(),
      postalCode: z.string(),
      country: z.string(),
    })
    .optional(),
  payment: z.object({ brand: z.string(), last4: z.string(), status: z.string() }).optional(),
  createdAt: z.string().min(1),
});

export const shippingRatesSchema = z.object({
  rates: z.array(
    z.object({
      method: z.string().min(1),
      price: moneySchema,
      minDays: z.number().int().nonnegative(),
      maxDays: z.number().int().nonnegative(),
    }),
  ),
});
