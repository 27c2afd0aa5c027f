'use client';

import { ActionForm } from '@/components/ui/action-form';
import type { FieldSpec } from '@/components/ui/form-field';
import { lookupOrder } from '@/lib/checkout/lookup-order';
import type { Locale } from '@/lib/i18n/markets';

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
  return (
    <ActionForm
      action={lookupOrder}
      fields={fields}
      hidden={{ locale }}
      submitLabel={submitLabel}
      pendingLabel={pendingLabel}
    />
  );
}
