import type { ProductAttributes } from './attributes';
import type { ResolvedFilters } from './filter-params';
import type { Currency } from '../money';

export interface FacetCounts {
  brands: Uint32Array;
  colors: Uint32Array;
  sizes: Uint32Array;
  /** Lowest and highest price among products passing every filter but price; Infinity/-Infinity when none. */
  priceMin: number;
  priceMax: number;
  /** Products passing every other filter that are in stock (what `inStock=true` would leave). */
  inStock: number;
}

export interface FilterResult {
  indexes: Uint32Array;
  counts: FacetCounts;
}

const BRAND = 1;
const COLOR = 2;
const SIZE = 4;
const PRICE = 8;
const STOCK = 16;

function addBits(counts: Uint32Array, mask: number): void {
  let rest = mask;
  while (rest !== 0) {
    const bit = rest & -rest;
    counts[31 - Math.clz32(bit)]!++;
    rest ^= bit;
  }
}

/**
 * One pass over an ordered candidate list: keeps the products passing every
 * filter (order preserved) and computes disjunctive facet counts: a product
 * failing exactly one facet still counts towards that facet's values, so each
 * facet shows what selecting another of its values would add.
 */
export function filterWithFacets(
  base: ArrayLike<number>,
  filters: ResolvedFilters,
  attributes: ProductAttributes,
  currency: Currency,
  sizes: { brands: number; colors: number; sizes: number },
): FilterResult {
  const { brandMask, colorMask, sizeMask, priceMin, priceMax } = filters;
  const brand = attributes.brand;
  const colors = attributes.colorMask;
  const sizeMasks = attributes.sizeMask;
  const prices = attributes.price(currency);
  const stock = attributes.stock();
  const counts: FacetCounts = {
    brands: new Uint32Array(sizes.brands),
    colors: new Uint32Array(sizes.colors),
    sizes: new Uint32Array(sizes.sizes),
    priceMin: Number.POSITIVE_INFINITY,
    priceMax: Number.NEGATIVE_INFINITY,
    inStock: 0,
  };
  const kept = new Uint32Array(base.length);
  let keptCount = 0;

  for (let i = 0; i < base.length; i++) {
    const product = base[i] ?? 0;
    const brandIndex = brand[product] ?? 0;
    const colorBits = colors[product] ?? 0;
    const sizeBits = sizeMasks[product] ?? 0;
    const price = prices[product] ?? 0;
    const available = stock[product] === 1;
    let failed = 0;
    let failures = 0;
    if (brandMask !== 0 && (brandMask & (1 << brandIndex)) === 0) {
      failed |= BRAND;
      failures++;
    }
    if (colorMask !== 0 && (colorMask & colorBits) === 0) {
      failed |= COLOR;
      failures++;
    }
    if (sizeMask !== 0 && (sizeMask & sizeBits) === 0) {
      failed |= SIZE;
      failures++;
    }
    if (price < priceMin || price > priceMax) {
      failed |= PRICE;
      failures++;
    }
    if (filters.inStock && !available) {
      failed |= STOCK;
      failures++;
    }
    if (failures > 1) continue;

    if (failures === 0) {
      kept[keptCount++] = product;
      if (available) counts.inStock++;
    }
    if (failed === 0 || failed === BRAND) counts.brands[brandIndex]!++;
    if (failed === 0 || failed === COLOR) addBits(counts.colors, colorBits);
    if (failed === 0 || failed === SIZE) addBits(counts.sizes, sizeBits);
    if (failed === 0 || failed === PRICE) {
      if (price < counts.priceMin) counts.priceMin = price;
      if (price > counts.priceMax) counts.priceMax = price;
    }
  }
  return { indexes: kept.subarray(0, keptCount), counts };
}
