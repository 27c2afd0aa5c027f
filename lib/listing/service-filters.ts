import { toMinorUnits } from '@/lib/i18n/money';
import type { ListingFilters } from '@/lib/services/catalog/listing-filters';
import type { ListingParams } from './listing-params';

/** URL filters (whole currency units) in the services' terms (minor units). */
export function serviceFilters(params: ListingParams, currency: string): ListingFilters {
  return {
    brand: params.brand,
    color: params.color,
    size: params.size,
    priceMin: params.priceMin === undefined ? undefined : toMinorUnits(params.priceMin, currency),
    priceMax: params.priceMax === undefined ? undefined : toMinorUnits(params.priceMax, currency),
    inStock: params.inStock,
  };
}
