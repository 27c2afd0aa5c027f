'use client';

import { useActionState, useEffect, useId } from 'react';
import { submitPromoCode } from '@/lib/cart/promo-code-actions';
import type { Locale } from '@/lib/i18n/markets';
import { showServerCart } from './use-cart';

interface PromoCodeMessages {
  label: string;
  apply: string;
  applying: string;
  remove: string;
}

/**
 * Enter a code, or remove the one applied. Remove is its own form, so Enter in the field always
 * applies. The answer is announced in a polite live region tied to the field.
 */
export function PromoCodeForm({
  locale,
  syncCart,
  current,
  hasCode,
  messages: m,
}: {
  locale: Locale;
  syncCart: boolean;
  /** What the cart's code does now, as the server last rendered it. */
  current?: string;
  hasCode: boolean;
  messages: PromoCodeMessages;
}) {
  const [state, action, pending] = useActionState(submitPromoCode, {});
  const id = useId();
  useEffect(() => {
    if (syncCart && state.cart !== undefined) showServerCart(locale, state.cart);
  }, [syncCart, state.cart, locale]);
  const refused = state.message !== undefined;
  return (
    <div className="flex flex-col gap-2 rounded-xl border border-paper-line p-4">
      <form action={action} className="flex flex-col gap-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="intent" value="apply" />
        <label htmlFor={`${id}-code`} className="text-sm font-semibold">
          {m.label}
        </label>
        <div className="flex gap-2">
          <input
            id={`${id}-code`}
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={64}
            aria-invalid={refused || undefined}
            aria-describedby={`${id}-status`}
            className="min-w-0 flex-1 rounded-lg border border-paper-line px-3 py-2 uppercase"
          />
          <button
            type="submit"
            disabled={pending}
            className="rounded-full bg-ink px-5 py-2 text-sm font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
          >
            {pending ? m.applying : m.apply}
          </button>
        </div>
      </form>
      <p
        id={`${id}-status`}
        role="status"
        data-testid="promo-code-status"
        className={refused ? 'text-sm text-sale' : 'text-sm text-ink-muted'}
      >
        {state.message ?? current ?? state.done}
      </p>
      {hasCode && (
        <form action={action}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="intent" value="remove" />
          <button type="submit" className="text-sm underline underline-offset-4">
            {m.remove}
          </button>
        </form>
      )}
    </div>
  );
}
