/**
 * Listing filters in the services' terms (prices in minor units of the locale's currency),
 * and their query parameters: the catalog listing and search take the same ones.
 */
export interface ListingFilters {
  brand?: string[];
  color?: string[];
  size?: string[];
  priceMin?: number;
  priceMax?: number;
  inStock?: boolean;
}

const joined = (values: string[] | undefined) =>
  values && values.length > 0 ? values.join(',') : undefined;

export function filterQuery(filters: ListingFilters) {
  return {
    brand: joined(filters.brand),
    color: joined(filters.color),
    size: joined(filters.size),
    priceMin: filters.priceMin,
    priceMax: filters.priceMax,
    inStock: filters.inStock || undefined,
  };
}

export function hasAnyFilter(filters: ListingFilters): boolean {
  return Object.values(filterQuery(filters)).some((value) => value !== undefined);
}
