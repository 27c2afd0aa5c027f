import { z } from 'zod';

/** What checkout keeps of a tokenized card: the token to pay with and what a summary shows. */
export const paymentMethodSchema = z.object({
  id: z.string().startsWith('pm_'),
  brand: z.string().min(1),
  last4: z.string().regex(/^\d{4}$/),
  expMonth: z.number().int(),
  expYear: z.number().int(),
  expiresAt: z.string().min(1),
});
