import type { Money } from '@/lib/i18n/money';

/** Facet counts as the catalog and search services return them (disjunctive counts). */
interface FacetValue {
  value: string;
  label: string;
  count: number;
  swatch?: string;
}

export interface ListingFacets {
  brands: FacetValue[];
  colors: FacetValue[];
  sizes: FacetValue[];
  price: { min: Money; max: Money } | null;
  inStock: { count: number };
}
