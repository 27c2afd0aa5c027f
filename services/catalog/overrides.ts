import { z } from 'zod';
import { localeSchema } from './locale';

const minorUnits = z.number().int().min(1).max(1_000_000_000);

/** Admin edits layered over the seeded product; also the PATCH body schema. */
export const productPatchSchema = z
  .object({
    name: z.partialRecord(localeSchema, z.string().trim().min(1).max(200)).optional(),
    description: z.partialRecord(localeSchema, z.string().trim().min(1).max(5000)).optional(),
    prices: z
      .object({
        USD: minorUnits.optional(),
        EUR: minorUnits.optional(),
        JPY: minorUnits.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type ProductPatch = z.infer<typeof productPatchSchema>;

export interface ProductOverride extends ProductPatch {
  updatedAt: string;
}

export function mergeOverride(
  existing: ProductOverride | undefined,
  patch: ProductPatch,
  now: Date,
): ProductOverride {
  return {
    name: { ...existing?.name, ...patch.name },
    description: { ...existing?.description, ...patch.description },
    prices: { ...existing?.prices, ...patch.prices },
    updatedAt: now.toISOString(),
  };
}
