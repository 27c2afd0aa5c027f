import { z } from 'zod';

/** The commerce backend's change event: which entities changed, so exactly their tags expire. */
export const commerceEventSchema = z.object({
  id: z.string().min(1).max(100),
  type: z.enum(['product.updated', 'inventory.updated', 'category.updated', 'reviews.updated']),
  occurredAt: z.iso.datetime(),
  entities: z
    .array(
      z.object({
        type: z.enum(['product', 'category', 'collection']),
        id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
      }),
    )
    .min(1)
    .max(500),
});
