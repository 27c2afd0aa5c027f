'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { FormAlert } from './form-alert';
import { FieldList } from './field-list';
import type { FieldSpec } from './form-field';

/** What a server action answers a form with: messages already in the shopper's language. */
export interface FormOutcome {
  errors?: Record<string, string>;
  message?: string;
  values?: Record<string, string>;
  /** The form did its job; this replaces it (e.g. "check your inbox"). */
  done?: string;
}

/**
 * A form posted to a server action, with or without JavaScript: the fields as data, hidden
 * inputs, the whole-form alert, per-field errors (focus moves to the first one) and what was
 * typed kept. `children` go between the fields and the button (a checkbox, a note).
 */
export function ActionForm({
  action,
  fields,
  hidden = {},
  submitLabel,
  pendingLabel,
  children,
}: {
  action: (previous: FormOutcome, form: FormData) => Promise<FormOutcome>;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.errors) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  if (state.done)
    return (
      <p role="status" className="rounded-lg bg-paper-warm px-4 py-3">
        {state.done}
      </p>
    );

  return (
    <form ref={form} action={formAction} noValidate className="flex flex-col gap-5">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.message && <FormAlert>{state.message}</FormAlert>}
      <FieldList fields={fields} errors={state.errors} values={typedValues(fields, state.values)} />
      {children}
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

/** What the server sent back, less any password: a password field always starts empty. */
function typedValues(fields: FieldSpec[], values: Record<string, string> | undefined) {
  if (!values) return undefined;
  const passwords = new Set(
    fields.filter((spec) => spec.kind === 'password').map((spec) => spec.name),
  );
  return Object.fromEntries(Object.entries(values).filter(([name]) => !passwords.has(name)));
}
