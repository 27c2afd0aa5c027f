import Form from 'next/form';

/**
 * Min/max price as a GET form: next/form navigates softly when JavaScript is there, and the
 * browser submits it normally when it is not. Other filters ride along as hidden fields.
 */
export function PriceFilter({
  action,
  carry,
  labels,
  min,
  max,
  currency,
}: {
  action: string;
  carry: [string, string][];
  labels: { title: string; min: string; max: string; apply: string };
  min?: number;
  max?: number;
  currency: string;
}) {
  return (
    <details
      open={min !== undefined || max !== undefined || undefined}
      className="border-b border-paper-line py-3"
    >
      <summary className="cursor-pointer list-none text-sm font-semibold">{labels.title}</summary>
      <Form action={action} scroll={false} className="mt-3 flex flex-wrap items-end gap-2">
        {carry.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="flex flex-col gap-1 text-xs text-ink-muted">
          {labels.min} ({currency})
          <input
            name="priceMin"
            type="number"
            inputMode="numeric"
            min={0}
            defaultValue={min}
            className="w-24 rounded border border-paper-line px-2 py-1.5 text-sm text-ink"
          />
        </label>
        <label className="flex flex-col gap-1 text-xs text-ink-muted">
          {labels.max} ({currency})
          <input
            name="priceMax"
            type="number"
            inputMode="numeric"
            min={0}
            defaultValue={max}
            className="w-24 rounded border border-paper-line px-2 py-1.5 text-sm text-ink"
          />
        </label>
        <button
          type="submit"
          className="rounded-full border border-ink px-4 py-1.5 text-sm font-medium hover:bg-ink hover:text-white"
        >
          {labels.apply}
        </button>
      </Form>
    </details>
  );
}
