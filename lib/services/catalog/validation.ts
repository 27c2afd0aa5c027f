import { z } from 'zod';

/**
 * The fields pages cannot render without. The generated types describe the whole contract;
 * these checks catch a backend that breaks it at run time, before a page renders half a
 * product. Unknown fields pass through untouched.
 */
const money = z.object({ amount: z.number().int(), currency: z.string().length(3) });
const image = z.object({
  url: z.url(),
  width: z.number().positive(),
  height: z.number().positive(),
  alt: z.string(),
});

const productSummary = z.object({
  id: z.string().min(1),
  slug: z.string().min(1),
  name: z.string().min(1),
  price: money,
  image,
});

const facetValues = z.array(
  z.object({ value: z.string(), label: z.string(), count: z.number().int().nonnegative() }),
);

export const productListSchema = z.object({
  items: z.array(productSummary),
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
  facets: z.object({
    brands: facetValues,
    colors: facetValues,
    sizes: facetValues,
    price: z.object({ min: money, max: money }).nullable(),
    inStock: z.object({ count: z.number().int().nonnegative() }),
  }),
});

export const productSchema = productSummary.extend({
  categoryPath: z.array(z.string()).min(1),
  images: z.array(image).min(1),
  variants: z.array(z.object({ sku: z.string().min(1), price: money })).min(1),
});

export const categoryListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string().min(1),
      slug: z.string().min(1),
      name: z.string().min(1),
      parentId: z.string().nullable(),
    }),
  ),
});
