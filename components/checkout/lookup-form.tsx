'use client';

import { useActionState } from 'react';
import { FormField, type FieldSpec } from '@/components/ui/form-field';
import { lookupOrder } from '@/lib/checkout/lookup-order';
import type { Locale } from '@/lib/i18n/markets';
import { FormAlert } from '@/components/ui/form-alert';

/** Order number and e-mail; the server checks both and answers in the shopper's language. */
export function LookupForm({
  locale,
  fields,
  submitLabel,
  pendingLabel,
}: {
  locale: Locale;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel: string;
}) {
  const [state, action, pending] = useActionState(lookupOrder, {});
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <input type="hidden" name="locale" value={locale} />
      {state.message && <FormAlert>{state.message}</FormAlert>}
      {fields.map((spec) => (
        <FormField
          key={spec.name}
          spec={spec}
          error={state.errors?.[spec.name]}
          value={state.values?.[spec.name]}
        />
      ))}
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-full bg-ink px-8 py-3 font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
