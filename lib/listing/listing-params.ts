/**
 * Filters, sort and page of a product listing (category or search), as they travel in the
 * URL. Everything from the URL is untrusted: values that do not look like identifiers or
 * numbers are dropped, so a mangled link still opens a working page.
 */
const SORTS = ['popular', 'newest', 'price_asc', 'price_desc'] as const;
export type ListingSort = (typeof SORTS)[number];

export const FACET_KEYS = ['brand', 'color', 'size'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Query keys that make a category URL a filtered view; next.config sends such URLs there. */
export const LISTING_QUERY_KEYS = [
  ...FACET_KEYS,
  'priceMin',
  'priceMax',
  'inStock',
  'sort',
  'cursor',
] as const;

export interface ListingParams {
  brand: string[];
  color: string[];
  size: string[];
  /** Whole units of the market's currency, as a shopper types them. */
  priceMin?: number;
  priceMax?: number;
  inStock: boolean;
  sort?: ListingSort;
  cursor?: string;
}

export type RawQuery = Record<string, string | string[] | undefined>;

const VALUE = /^[\p{L}\p{N}._-]{1,40}$/u;
const CURSOR = /^[A-Za-z0-9_-]{1,400}$/;
const MAX_VALUES = 20;

function first(raw: string | string[] | undefined): string | undefined {
  return Array.isArray(raw) ? raw[0] : raw;
}

function list(raw: string | string[] | undefined): string[] {
  const values = (Array.isArray(raw) ? raw : [raw ?? '']).flatMap((part) => part.split(','));
  return [...new Set(values.map((v) => v.trim()).filter((v) => VALUE.test(v)))].slice(
    0,
    MAX_VALUES,
  );
}

function amount(raw: string | string[] | undefined): number | undefined {
  const text = first(raw)?.trim();
  if (!text || !/^\d{1,9}$/.test(text)) return undefined;
  return Number(text);
}

export function parseListingParams(query: RawQuery): ListingParams {
  let priceMin = amount(query.priceMin);
  let priceMax = amount(query.priceMax);
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax)
    [priceMin, priceMax] = [priceMax, priceMin];
  const sort = first(query.sort);
  const cursor = first(query.cursor);
  return {
    brand: list(query.brand),
    color: list(query.color),
    size: list(query.size),
    priceMin,
    priceMax,
    inStock: first(query.inStock) === '1' || first(query.inStock) === 'true',
    sort: SORTS.find((s) => s === sort),
    cursor: cursor && CURSOR.test(cursor) ? cursor : undefined,
  };
}

export function toQuery(params: ListingParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of FACET_KEYS) if (params[key].length > 0) query.set(key, params[key].join(','));
  if (params.priceMin !== undefined) query.set('priceMin', String(params.priceMin));
  if (params.priceMax !== undefined) query.set('priceMax', String(params.priceMax));
  if (params.inStock) query.set('inStock', '1');
  if (params.sort) query.set('sort', params.sort);
  if (params.cursor) query.set('cursor', params.cursor);
  return query;
}

/**
 * Where a listing lives: one path (search), or a cached plain page plus a per-request path
 * for filtered views (categories). The client router treats a query on a static page as the
 * same page, so filtered views need a path of their own.
 */
export type ListingPath = string | { plain: string; filtered: string };

export function filteredPath(path: ListingPath): string {
  return typeof path === 'string' ? path : path.filtered;
}

/** A listing URL after one change; any change of filter or sort starts again at page one. */
export function listingHref(
  path: ListingPath,
  params: ListingParams,
  change: Partial<ListingParams>,
  extra?: Record<string, string>,
): string {
  const next = { ...params, cursor: undefined, ...change };
  const query = toQuery(next);
  for (const [key, value] of Object.entries(extra ?? {})) query.set(key, value);
  const text = query.toString();
  if (!text) return typeof path === 'string' ? path : path.plain;
  return `${filteredPath(path)}?${text}`;
}

export function toggleValue(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function hasFilters(params: ListingParams): boolean {
  return (
    FACET_KEYS.some((key) => params[key].length > 0) ||
    params.priceMin !== undefined ||
    params.priceMax !== undefined ||
    params.inStock
  );
}

/** The filter part of ListingParams emptied: "clear all filters". */
export const clearedFilters = {
  brand: [],
  color: [],
  size: [],
  priceMin: undefined,
  priceMax: undefined,
  inStock: false,
} satisfies Partial<ListingParams>;
