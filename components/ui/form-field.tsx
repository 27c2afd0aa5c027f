'use client';

interface FieldOption {
  value: string;
  label: string;
  description?: string;
}

/** One form field as data, so a server page can describe a form a client component renders. */
export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'email' | 'password' | 'select' | 'radio' | 'textarea';
  autoComplete?: string;
  inputMode?: 'numeric' | 'email' | 'text';
  placeholder?: string;
  hint?: string;
  optional?: boolean;
  maxLength?: number;
  defaultValue?: string;
  options?: FieldOption[];
  /** Neighbours with the same row sit side by side where the screen is wide enough. */
  row?: string;
  /** For a select: the fields that follow it, per chosen value (a country's address fields). */
  fieldsFor?: Record<string, FieldSpec[]>;
}

const control =
  'w-full rounded-lg border px-3 py-2 text-base text-ink aria-[invalid=true]:border-sale';

/**
 * A labelled field with its hint and error wired for assistive tech (aria-describedby,
 * aria-invalid). Uncontrolled: the browser keeps what was typed, and `defaultValue` restores it
 * when the server sends the form back.
 */
export function FormField({
  spec,
  error,
  value,
  onChange,
}: {
  spec: FieldSpec;
  error?: string;
  value?: string;
  onChange?: (
    event: React.ChangeEvent<HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement>,
  ) => void;
}) {
  const id = `field-${spec.name}`;
  const described =
    [spec.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    name: spec.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    onChange,
  };
  const defaultValue = value ?? spec.defaultValue ?? '';

  if (spec.kind === 'radio') {
    return (
      <fieldset className="flex flex-col gap-2" aria-describedby={described}>
        <legend className="mb-1 text-sm font-medium">{spec.label}</legend>
        {spec.options?.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-paper-line p-4 has-checked:border-ink"
          >
            <input
              type="radio"
              name={spec.name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              className="mt-1"
            />
            <span className="flex flex-1 flex-col">
              <span className="font-medium">{option.label}</span>
              {option.description && (
                <span className="text-sm text-ink-muted">{option.description}</span>
              )}
            </span>
          </label>
        ))}
        <FieldError id={`${id}-error`} error={error} />
      </fieldset>
    );
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {spec.label}
      </label>
      {spec.kind === 'select' ? (
        <select
          id={id}
          {...common}
          defaultValue={defaultValue}
          autoComplete={spec.autoComplete}
          aria-required={spec.optional ? undefined : true}
          className={`${control} border-paper-line bg-paper`}
        >
          {spec.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : spec.kind === 'textarea' ? (
        <textarea
          id={id}
          {...common}
          rows={6}
          defaultValue={defaultValue}
          maxLength={spec.maxLength}
          aria-required={spec.optional ? undefined : true}
          className={`${control} border-paper-line`}
        />
      ) : (
        <input
          id={id}
          {...common}
          type={spec.kind}
          defaultValue={defaultValue}
          autoComplete={spec.autoComplete}
          inputMode={spec.inputMode}
          placeholder={spec.placeholder}
          maxLength={spec.maxLength}
          aria-required={spec.optional ? undefined : true}
          className={`${control} border-paper-line`}
        />
      )}
      {spec.hint && (
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          {spec.hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="text-sm text-sale">
      {error}
    </p>
  );
}
