import { z } from 'zod';

const count = z.number().int().nonnegative();
// Sums of cents may pass 2^53 on a huge experiment, so they are plain non-negative numbers.
const cents = z.number().nonnegative();

/** What an experiment report reads; unknown fields pass through untouched. */
export const experimentResultsSchema = z.object({
  experiment: z.string().min(1),
  metric: z.enum(['add_to_cart', 'begin_checkout', 'purchase']),
  variants: z.array(
    z.object({
      variant: z.string().min(1),
      visitors: count,
      converters: count,
      revenueUsdCents: cents,
      revenueSquaresUsdCents2: cents,
    }),
  ),
});
