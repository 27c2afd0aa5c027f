'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, useState } from 'react';
import { FieldList } from '@/components/ui/field-list';
import type { FieldSpec } from '@/components/ui/form-field';
import type { FieldError } from '@/lib/checkout/field-rules';
import { readAddress, readCard, readContact, readShipping } from '@/lib/checkout/step-forms';
import type { StepState } from '@/lib/checkout/step-state';
import type { Locale } from '@/lib/i18n/markets';
import { FormAlert } from '@/components/ui/form-alert';

const READERS = {
  contact: readContact,
  address: readAddress,
  shipping: readShipping,
  payment: readCard,
};

export interface StepFormProps {
  step: keyof typeof READERS;
  locale: Locale;
  action: (previous: StepState, form: FormData) => Promise<StepState>;
  fields: FieldSpec[];
  errorMessages: Record<FieldError, string>;
  submitLabel: string;
  pendingLabel: string;
  /** A message for the whole step from the previous attempt (e.g. a declined card). */
  notice?: string;
  /** Set when the shopper came from the review to change one answer: saving goes back there. */
  returnTo?: 'review';
  /** The label of a "save this address to my account" checkbox, for a signed-in shopper. */
  offerToSave?: string;
}

/**
 * A checkout step's form. The browser checks it with the same rules as the server before
 * sending (fast, and focus moves to the first problem); the server checks again and decides.
 * Without JavaScript it is a plain post that comes back with the server's messages.
 */
export function StepForm({
  step,
  locale,
  action,
  fields,
  errorMessages,
  submitLabel,
  pendingLabel,
  notice,
  returnTo,
  offerToSave,
}: StepFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  const router = useRouter();
  // Back and forward restore a step from the router's cache, as it was when first shown; ask the
  // server for the saved answers (the page keys this form by them, so it shows them).
  useEffect(() => router.refresh(), [router]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>();
  const form = useRef<HTMLFormElement>(null);
  const errors = clientErrors ?? state.errors ?? {};
  const message = state.message ?? (state.errors ? undefined : notice);

  useEffect(() => {
    if (state.errors) focusFirstInvalid(form.current);
  }, [state]);

  function checkFirst(event: React.FormEvent<HTMLFormElement>) {
    const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const checked = READERS[step](values);
    if (checked.ok) {
      setClientErrors(undefined);
      return;
    }
    event.preventDefault();
    setClientErrors(
      Object.fromEntries(
        Object.entries(checked.errors).map(([name, code]) => [name, errorMessages[code]]),
      ),
    );
    requestAnimationFrame(() => focusFirstInvalid(form.current));
  }

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={checkFirst}
      noValidate
      className="flex flex-col gap-5"
    >
      <input type="hidden" name="locale" value={locale} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      {message && <FormAlert>{message}</FormAlert>}
      <FieldList fields={fields} errors={errors} values={state.values} />
      {offerToSave && (
        <label className="flex items-center gap-2">
          <input type="checkbox" name="saveToAccount" defaultChecked />
          {offerToSave}
        </label>
      )}
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

function focusFirstInvalid(form: HTMLFormElement | null) {
  form
    ?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby] input')
    ?.focus();
}
