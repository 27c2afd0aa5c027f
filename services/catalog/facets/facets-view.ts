import { SIZE_VALUES } from './attributes';
import type { FacetCounts } from './facet-counter';
import type { ResolvedFilters } from './filter-params';
import { COLORS } from '../data/colors';
import { sizeLabel } from '../data/sizes';
import type { Locale } from '../locale';
import type { Currency, Money } from '../money';
import type { Brand } from '../records';

interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface FacetsView {
  brands: FacetValue[];
  colors: Array<FacetValue & { swatch: string }>;
  sizes: FacetValue[];
  price: { min: Money; max: Money } | null;
  inStock: { count: number };
}

/**
 * Values with products, plus selected values even at zero (so a shopper can
 * always untick them), most products first, then by label.
 */
function values<T extends FacetValue>(
  counts: Uint32Array,
  selected: number,
  make: (index: number, count: number) => T | undefined,
  locale: Locale,
): T[] {
  const list: T[] = [];
  for (let index = 0; index < counts.length; index++) {
    const count = counts[index] ?? 0;
    if (count === 0 && (selected & (1 << index)) === 0) continue;
    const value = make(index, count);
    if (value) list.push(value);
  }
  return list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale));
}

export function facetsView(
  counts: FacetCounts,
  filters: ResolvedFilters,
  brands: readonly Brand[],
  locale: Locale,
  currency: Currency,
): FacetsView {
  return {
    brands: values(
      counts.brands,
      filters.brandMask,
      (index, count) => {
        const brand = brands[index];
        return brand && { value: brand.slug, label: brand.name, count };
      },
      locale,
    ),
    colors: values(
      counts.colors,
      filters.colorMask,
      (index, count) => {
        const color = COLORS[index];
        return (
          color && { value: color.value, label: color.label[locale], swatch: color.swatch, count }
        );
      },
      locale,
    ),
    sizes: values(
      counts.sizes,
      filters.sizeMask,
      (index, count) => {
        const size = SIZE_VALUES[index];
        return size === undefined
          ? undefined
          : { value: size, label: sizeLabel(size, locale), count };
      },
      locale,
    ),
    price:
      counts.priceMin <= counts.priceMax
        ? { min: { amount: counts.priceMin, currency }, max: { amount: counts.priceMax, currency } }
        : null,
    inStock: { count: counts.inStock },
  };
}
