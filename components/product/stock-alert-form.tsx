'use client';

import { useActionState, useEffect, useRef, useSyncExternalStore } from 'react';
import { signedInStore } from '@/components/account/signed-in-store';
import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { requestStockAlert } from '@/lib/account/stock-alert-actions';
import type { StepState } from '@/lib/checkout/step-state';
import type { Locale } from '@/lib/i18n/markets';
import type { StockAlertMessages } from './stock-alert-messages';

const signedOut = () => false;
const initial: StepState = {};

/**
 * "Email me when it is back" for the chosen variant once live stock says it is sold out. A form
 * posted to a server action, so it works before (or without) hydration. A signed-in shopper
 * (the hint cookie) gets the button alone and the action uses the session; a guest types an
 * address, which gets a link to confirm. Its own chunk: only a sold-out variant loads it.
 */
export function StockAlertForm({
  variants,
  locale,
  messages: m,
}: {
  /** The sold-out variants to choose from (one: no choice shown). */
  variants: Array<{ sku: string; label: string }>;
  locale: Locale;
  messages: StockAlertMessages;
}) {
  const [state, formAction, pending] = useActionState(requestStockAlert, initial);
  const signedIn = useSyncExternalStore(
    signedInStore.subscribe,
    signedInStore.isSignedIn,
    signedOut,
  );
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.errors) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  if (state.done)
    return (
      <p role="status" className="rounded-lg bg-paper-warm px-4 py-3 text-sm">
        {state.done}
      </p>
    );

  // The action asks for an address when the session it was told of is gone.
  const askEmail = !signedIn || state.errors?.email !== undefined;
  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      aria-label={m.notify}
      className="flex flex-col gap-3 rounded-lg border border-paper-line p-4"
    >
      <input type="hidden" name="locale" value={locale} />
      {variants.length === 1 ? (
        <input type="hidden" name="sku" value={variants[0]!.sku} />
      ) : (
        <FormField
          spec={{
            name: 'sku',
            label: m.variantLabel,
            kind: 'select',
            options: variants.map((variant) => ({ value: variant.sku, label: variant.label })),
          }}
        />
      )}
      {state.message && <FormAlert>{state.message}</FormAlert>}
      {askEmail && (
        <>
          <p className="text-sm font-semibold">{m.notify}</p>
          <FormField
            spec={{
              name: 'email',
              label: m.emailLabel,
              kind: 'email',
              autoComplete: 'email',
              maxLength: 254,
            }}
            error={state.errors?.email}
            value={state.values?.email}
          />
        </>
      )}
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-full border border-ink px-6 py-2.5 text-sm font-semibold hover:bg-paper-warm disabled:opacity-60"
      >
        {pending ? m.pending : askEmail ? m.submit : m.notify}
      </button>
    </form>
  );
}
