'use client';

import { useActionState } from 'react';
import { placeOrder } from '@/lib/checkout/place-order';
import type { Locale } from '@/lib/i18n/markets';
import { FormAlert } from '@/components/ui/form-alert';

/**
 * The one button that charges. Its Idempotency-Key was made when this review was rendered, so
 * double clicks, a resent post or a retry after a timeout all name the same attempt; the button
 * also stays disabled while the order is being placed.
 */
export function PlaceOrderForm({
  locale,
  idempotencyKey,
  cartVersion,
  expectedTotal,
  label,
  pendingLabel,
}: {
  locale: Locale;
  idempotencyKey: string;
  cartVersion: number;
  /** The total shown beside the button, in minor units: the order is placed only at it. */
  expectedTotal: number;
  label: string;
  pendingLabel: string;
}) {
  const [state, action, pending] = useActionState(placeOrder, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="cartVersion" value={cartVersion} />
      <input type="hidden" name="expectedTotal" value={expectedTotal} />
      {state.message && <FormAlert>{state.message}</FormAlert>}
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded-full bg-ink px-8 py-3 text-lg font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
      >
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
