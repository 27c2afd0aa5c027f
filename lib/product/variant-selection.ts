/**
 * Which variant the shopper has chosen, kept in the URL (?color=…&size=…) so a shared link
 * opens the same choice. Pure functions: the product page's client component and its tests
 * use them alike.
 */
interface OptionValue {
  value: string;
  label: string;
  swatch?: string;
}

export interface ProductOption {
  name: 'color' | 'size';
  label: string;
  values: OptionValue[];
}

export interface VariantLike {
  sku: string;
  options: { color: string; size: string };
}

export type Selection = Partial<Record<ProductOption['name'], string>>;

/** First colour, and the size only when there is just one (one-size products need no choice). */
export function defaultSelection(options: ProductOption[]): Selection {
  const selection: Selection = {};
  for (const option of options) {
    if (option.name === 'color' || option.values.length === 1)
      selection[option.name] = option.values[0]?.value;
  }
  return selection;
}

/** Reads the selection from the query, ignoring values the product does not have. */
export function selectionFromQuery(query: URLSearchParams, options: ProductOption[]): Selection {
  const selection = defaultSelection(options);
  for (const option of options) {
    const wanted = query.get(option.name);
    if (wanted && option.values.some((v) => v.value === wanted)) selection[option.name] = wanted;
  }
  return selection;
}

export function selectionQuery(selection: Selection): string {
  const query = new URLSearchParams();
  if (selection.color) query.set('color', selection.color);
  if (selection.size) query.set('size', selection.size);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function findVariant<V extends VariantLike>(
  variants: V[],
  selection: Selection,
): V | undefined {
  if (!selection.color || !selection.size) return undefined;
  return variants.find(
    (v) => v.options.color === selection.color && v.options.size === selection.size,
  );
}

export type ChoiceState = 'available' | 'sold_out' | 'missing';

/**
 * Whether choosing `value` for `name`, keeping the other option as selected, leads to a
 * variant that exists and (when stock is known) is in stock.
 */
export function choiceState(
  variants: VariantLike[],
  selection: Selection,
  name: ProductOption['name'],
  value: string,
  availableBySku?: ReadonlyMap<string, number>,
): ChoiceState {
  const other = name === 'color' ? 'size' : 'color';
  const candidates = variants.filter(
    (v) =>
      v.options[name] === value && (!selection[other] || v.options[other] === selection[other]),
  );
  if (candidates.length === 0) return 'missing';
  if (!availableBySku) return 'available';
  return candidates.some((v) => (availableBySku.get(v.sku) ?? 0) > 0) ? 'available' : 'sold_out';
}
