'use client';

export interface Choice {
  value: string;
  label: string;
  /** CSS colour of a swatch dot shown before the label. */
  swatch?: string;
  disabled?: boolean;
}

/**
 * A native radio group styled as chips: arrow keys, labels and form posts work as the
 * platform defines them. Unavailable choices stay visible but disabled, with a spoken note.
 */
export function ChoiceChips({
  name,
  legend,
  choices,
  selected,
  disabledNote,
  onSelect,
  onPreview,
}: {
  name: string;
  legend: string;
  choices: Choice[];
  selected?: string;
  disabledNote: string;
  onSelect: (value: string) => void;
  /** A choice is likely next (pointer over it, or focus on it): fetch what it will show. */
  onPreview?: (value: string) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="relative"
            onPointerEnter={onPreview && (() => onPreview(choice.value))}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === selected}
              disabled={choice.disabled}
              onChange={() => onSelect(choice.value)}
              onFocus={onPreview && (() => onPreview(choice.value))}
              className="peer sr-only"
            />
            <span className="flex cursor-pointer items-center gap-2 rounded-full border border-paper-line px-3 py-1.5 text-sm peer-checked:border-ink peer-checked:bg-ink peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand peer-disabled:cursor-not-allowed peer-disabled:text-ink-subtle peer-disabled:line-through">
              {choice.swatch && (
                <span
                  aria-hidden="true"
                  className="h-4 w-4 rounded-full border border-black/10"
                  style={{ backgroundColor: choice.swatch }}
                />
              )}
              {choice.label}
              {choice.disabled && <span className="sr-only">({disabledNote})</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
