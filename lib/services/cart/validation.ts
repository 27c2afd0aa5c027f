import { z } from 'zod';

/**
 * The fields the cart and checkout pages cannot render without; the generated types describe
 * the rest of the contract. Checkout orders reuse the line and money shapes: they are the
 * cart's lines, frozen.
 */
export const moneySchema = z.object({ amount: z.number().int(), currency: z.string().length(3) });

export const lineSchema = z.object({
  id: z.string().min(1),
  sku: z.string().min(1),
  name: z.string().min(1),
  quantity: z.number().int().positive(),
  unitPrice: moneySchema,
  lineTotal: moneySchema,
});

/** The draft the checkout steps prefill from; every field may be missing. */
const checkoutDraftSchema = z.object({
  email: z.string().optional(),
  shippingAddress: z
    .object({
      name: z.string(),
      line1: z.string(),
      city: z.string(),
      postalCode: z.string(),
      country: z.string(),
    })
    .optional(),
  shippingMethod: z.string().optional(),
  paymentMethod: z
    .object({ id: z.string().min(1), brand: z.string(), last4: z.string() })
    .optional(),
});

export const cartSchema = z.object({
  id: z.string().min(1),
  // The next write's If-Match is built from it, so a missing version would break every edit.
  version: z.number().int().nonnegative(),
  currency: z.string().length(3),
  lines: z.array(lineSchema),
  itemCount: z.number().int().nonnegative(),
  subtotal: moneySchema,
  checkout: checkoutDraftSchema,
  // An ordered cart is closed: the storefront must start a new one rather than write to it.
  status: z.enum(['open', 'ordered']),
  // The review step shows and the order charges this total: without it checkout cannot go on.
  totals: z.object({ subtotal: moneySchema, total: moneySchema }),
});

export const versionConflictSchema = z.object({ cart: cartSchema });
