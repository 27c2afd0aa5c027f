import { SIZE_VALUES, type ProductAttributes } from './attributes';
import { filterWithFacets } from './facet-counter';
import { facetsView, type FacetsView } from './facets-view';
import { filterKey, resolveFilters, type AppliedFilters, type FilterInput } from './filter-params';
import { COLORS } from '../data/colors';
import type { Catalog } from '../catalog';
import type { Locale } from '../locale';
import type { Currency } from '../money';
import { paginate, type Page } from '../../shared/cursor-pagination';

export interface FacetedPageRequest {
  /** Fingerprint of everything but the filters (category, sort, query...), for the cursor. */
  queryKey: string;
  filters: FilterInput;
  limit: number;
  cursor: string | undefined;
  locale: Locale;
  currency: Currency;
}

export interface FacetedPage extends Page {
  facets: FacetsView;
  applied: AppliedFilters;
}

/**
 * Filters, facets and pages an ordered list of product indexes. The catalog
 * listing and search both end here, so their filters behave identically.
 */
export class FacetedListing {
  constructor(
    private readonly catalog: Catalog,
    private readonly attributes: ProductAttributes,
  ) {}

  page(ordered: ArrayLike<number>, request: FacetedPageRequest): FacetedPage {
    const { filters, applied } = resolveFilters(request.filters, this.catalog.brands);
    const sizes = {
      brands: this.catalog.brands.length,
      colors: COLORS.length,
      sizes: SIZE_VALUES.length,
    };
    const { indexes, counts } = filterWithFacets(
      ordered,
      filters,
      this.attributes,
      request.currency,
      sizes,
    );
    // Price bounds are in minor units of the currency, so the same numbers in another currency are another query.
    const priceKey = applied.priceMin !== null || applied.priceMax !== null ? request.currency : '';
    const page = paginate(
      indexes,
      `${request.queryKey}|${filterKey(applied)}|${priceKey}`,
      request.limit,
      request.cursor,
    );
    return {
      ...page,
      facets: facetsView(counts, filters, this.catalog.brands, request.locale, request.currency),
      applied,
    };
  }
}
