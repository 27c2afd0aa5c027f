'use client';

import { useState } from 'react';
import { FormField, type FieldSpec } from './form-field';

interface Answers {
  errors?: Record<string, string | undefined>;
  values?: Record<string, string>;
}

/**
 * A form's fields in order, neighbours sharing a `row` side by side. A select with `fieldsFor`
 * (the country of an address) is followed by the fields of its current choice; changing it
 * swaps them at once, keeping what was typed in fields both choices have.
 */
export function FieldList({ fields, errors, values }: { fields: FieldSpec[] } & Answers) {
  return (
    <>
      {rowsOf(fields).map((row) =>
        row.length === 1 ? (
          <SingleField key={row[0]!.name} spec={row[0]!} errors={errors} values={values} />
        ) : (
          <div key={row.map((spec) => spec.name).join('+')} className="grid gap-5 sm:grid-cols-2">
            {row.map((spec) => (
              <SingleField key={spec.name} spec={spec} errors={errors} values={values} />
            ))}
          </div>
        ),
      )}
    </>
  );
}

function SingleField({ spec, errors, values }: { spec: FieldSpec } & Answers) {
  if (!spec.fieldsFor)
    return <FormField spec={spec} error={errors?.[spec.name]} value={values?.[spec.name]} />;
  return <SwitchingField spec={spec} fieldsFor={spec.fieldsFor} errors={errors} values={values} />;
}

function SwitchingField({
  spec,
  fieldsFor,
  errors,
  values,
}: { spec: FieldSpec; fieldsFor: Record<string, FieldSpec[]> } & Answers) {
  const [choice, setChoice] = useState({
    value: values?.[spec.name] ?? spec.defaultValue ?? '',
    typed: values,
    // The errors shown when the choice changed: they were found in the fields it replaced.
    staleErrors: undefined as Answers['errors'],
  });
  return (
    <>
      <FormField
        spec={spec}
        error={errors?.[spec.name]}
        value={choice.value}
        onChange={(event) => {
          const form = event.currentTarget.form;
          const typed = form ? formStrings(new FormData(form)) : values;
          setChoice({ value: event.currentTarget.value, typed, staleErrors: errors });
        }}
      />
      <FieldList
        // Keyed by the choice: the new fields start from what was typed, not from the old DOM.
        key={choice.value}
        fields={fieldsFor[choice.value] ?? []}
        errors={errors === choice.staleErrors ? undefined : errors}
        values={choice.typed}
      />
    </>
  );
}

function rowsOf(fields: FieldSpec[]): FieldSpec[][] {
  const rows: FieldSpec[][] = [];
  for (const spec of fields) {
    const last = rows.at(-1);
    if (spec.row && last?.[0]?.row === spec.row) last.push(spec);
    else rows.push([spec]);
  }
  return rows;
}

function formStrings(form: FormData): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === 'string') strings[name] = value;
  return strings;
}
