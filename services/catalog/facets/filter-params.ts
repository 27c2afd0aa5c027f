import { z } from 'zod';
import { SIZE_VALUES } from './attributes';
import { COLORS } from '../data/colors';
import type { Brand } from '../records';

const MAX_VALUES = 50;

/** Comma-separated values, trimmed and de-duplicated; unknown values are dropped later, not rejected. */
const valueList = z
  .string()
  .max(2000)
  .optional()
  .transform((value) => [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().max(100)).max(MAX_VALUES, `at most ${MAX_VALUES} values`));

const minorUnits = z
  .string()
  .regex(/^\d{1,15}$/, 'must be a non-negative integer in minor units of currency')
  .transform(Number)
  .optional();

/** Filter query parameters shared by the catalog listing and search; spread into their schemas. */
export const filterParams = {
  brand: valueList,
  color: valueList,
  size: valueList,
  priceMin: minorUnits,
  priceMax: minorUnits,
  inStock: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
};

export interface FilterInput {
  brand: string[];
  color: string[];
  size: string[];
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  inStock: boolean;
}

/** Zod refinement for schemas that spread `filterParams`: a range that cannot match anything is a caller bug. */
export function priceRangeIsOrdered(input: {
  priceMin?: number | undefined;
  priceMax?: number | undefined;
}): boolean {
  return (
    input.priceMin === undefined || input.priceMax === undefined || input.priceMin <= input.priceMax
  );
}
export const priceRangeIssue = { message: 'priceMin must not exceed priceMax', path: ['priceMin'] };

/** What the response reports back: the filter values that were recognised and applied. */
export interface AppliedFilters {
  brand: string[];
  color: string[];
  size: string[];
  priceMin: number | null;
  priceMax: number | null;
  inStock: boolean;
}

/** The same filters as bit masks over brand, colour and size indexes (0 = facet not filtered). */
export interface ResolvedFilters {
  brandMask: number;
  colorMask: number;
  sizeMask: number;
  priceMin: number;
  priceMax: number;
  inStock: boolean;
}

function lookup(values: readonly string[]): Map<string, number> {
  return new Map(values.map((value, index) => [value.toLowerCase(), index]));
}
const COLOR_LOOKUP = lookup(COLORS.map((color) => color.value));
const SIZE_LOOKUP = lookup(SIZE_VALUES);

/** Matches values case-insensitively, keeps the canonical spelling, and ignores values the catalog does not have. */
export function resolveFilters(
  input: FilterInput,
  brands: readonly Brand[],
): { filters: ResolvedFilters; applied: AppliedFilters } {
  const brandLookup = lookup(brands.map((brand) => brand.slug));
  const pick = (
    requested: string[],
    table: Map<string, number>,
    canonical: (index: number) => string,
  ) => {
    let mask = 0;
    const applied: string[] = [];
    for (const value of requested) {
      const index = table.get(value.toLowerCase());
      if (index === undefined || mask & (1 << index)) continue;
      mask |= 1 << index;
      applied.push(canonical(index));
    }
    return { mask, applied };
  };
  const brand = pick(input.brand, brandLookup, (index) => brands[index]?.slug ?? '');
  const color = pick(input.color, COLOR_LOOKUP, (index) => COLORS[index]?.value ?? '');
  const size = pick(input.size, SIZE_LOOKUP, (index) => SIZE_VALUES[index] ?? '');
  return {
    filters: {
      brandMask: brand.mask,
      colorMask: color.mask,
      sizeMask: size.mask,
      priceMin: input.priceMin ?? 0,
      priceMax: input.priceMax ?? Number.POSITIVE_INFINITY,
      inStock: input.inStock,
    },
    applied: {
      brand: brand.applied,
      color: color.applied,
      size: size.applied,
      priceMin: input.priceMin ?? null,
      priceMax: input.priceMax ?? null,
      inStock: input.inStock,
    },
  };
}

/** Canonical text of the applied filters, part of the cursor fingerprint. */
export function filterKey(applied: AppliedFilters): string {
  return [
    [...applied.brand].sort().join(','),
    [...applied.color].sort().join(','),
    [...applied.size].sort().join(','),
    applied.priceMin ?? '',
    applied.priceMax ?? '',
    applied.inStock ? 1 : 0,
  ].join('|');
}
