import { z } from 'zod';
import { lineSchema, moneySchema } from '../cart/validation';

/** What the confirmation page shows; unknown fields pass through untouched. */
export const orderSchema = z.object({
  id: z.string().min(1),
  status: z.string().min(1),
  currency: z.string().length(3),
  lines: z.array(lineSchema).min(1),
  subtotal: moneySchema,
  total: moneySchema,
});
