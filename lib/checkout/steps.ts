import { checkRegion } from '@/lib/address/address-rules';
import type { CheckoutDraft } from '@/lib/services/cart/client';

/** The checkout's steps in order; each is a page of its own, so back and forward just work. */
export const CHECKOUT_STEPS = ['contact', 'address', 'shipping', 'payment', 'review'] as const;
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number];

export const isCheckoutStep = (value: unknown): value is CheckoutStep =>
  CHECKOUT_STEPS.includes(value as CheckoutStep);

const DONE: Record<Exclude<CheckoutStep, 'review'>, (draft: CheckoutDraft) => boolean> = {
  contact: (draft) => Boolean(draft.email),
  // An address saved before states and prefectures were asked for is not done in US or JP.
  address: ({ shippingAddress: address }) =>
    address !== undefined && !checkRegion(address.region ?? '', address.country),
  shipping: (draft) => Boolean(draft.shippingMethod),
  payment: (draft) => Boolean(draft.paymentMethod),
};

/** The first step still missing its answer; review once everything is there. */
export function firstOpenStep(draft: CheckoutDraft): CheckoutStep {
  return CHECKOUT_STEPS.find((step) => step !== 'review' && !DONE[step](draft)) ?? 'review';
}

/** A shopper may open any step up to the first open one (never skip ahead of a missing answer). */
export function canOpen(step: CheckoutStep, draft: CheckoutDraft): boolean {
  return CHECKOUT_STEPS.indexOf(step) <= CHECKOUT_STEPS.indexOf(firstOpenStep(draft));
}

export function nextStep(step: CheckoutStep): CheckoutStep {
  return CHECKOUT_STEPS[Math.min(CHECKOUT_STEPS.indexOf(step) + 1, CHECKOUT_STEPS.length - 1)]!;
}
