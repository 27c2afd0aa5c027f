import { z } from 'zod';
import { orderEmailSchema } from '../checkout/order-request';
import { shippingAddressSchema } from '../checkout/address';
import { shippingMethodSchema } from '../checkout/shipping';
import { CARD_BRANDS } from '../payment/cards';

/**
 * What a shopper has entered at checkout so far, kept on the cart so a reload
 * or another device resumes where they left off. Validated with the same
 * schemas as placing the order. The payment method is only the PSP's token and
 * what a summary shows; the card itself stays with the payment service.
 */
const draftFields = {
  email: orderEmailSchema,
  shippingAddress: shippingAddressSchema,
  shippingMethod: shippingMethodSchema,
  paymentMethod: z
    .object({
      id: z.string().regex(/^pm_[\w-]{1,100}$/),
      brand: z.enum(CARD_BRANDS),
      last4: z.string().regex(/^\d{4}$/),
    })
    .strict(),
};

export type CheckoutDraft = Partial<{
  [Field in keyof typeof draftFields]: z.output<(typeof draftFields)[Field]>;
}>;

/** PUT body: a field left out keeps its saved value, `null` clears it. */
export const checkoutDraftPatch = z
  .object({
    email: draftFields.email.nullable().optional(),
    shippingAddress: draftFields.shippingAddress.nullable().optional(),
    shippingMethod: draftFields.shippingMethod.nullable().optional(),
    paymentMethod: draftFields.paymentMethod.nullable().optional(),
  })
  .strict();

export type CheckoutDraftPatch = z.output<typeof checkoutDraftPatch>;

export function mergeDraft(current: CheckoutDraft, patch: CheckoutDraftPatch): CheckoutDraft {
  // A null in the patch clears the field; undefined leaves it as it is.
  const cleared = new Set(
    Object.keys(patch).filter((field) => patch[field as keyof CheckoutDraftPatch] === null),
  );
  const kept = Object.entries(current).filter(([field]) => !cleared.has(field));
  const set = Object.entries(patch).filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries([...kept, ...set]) as CheckoutDraft;
}
