import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ProductGrid } from '@/components/product/product-grid';
import { currencyFor, type Locale } from '@/lib/i18n/markets';
import type { ListingFacets } from '@/lib/listing/facets';
import {
  clearedFilters,
  hasFilters,
  listingHref,
  type ListingParams,
  type ListingPath,
} from '@/lib/listing/listing-params';
import type { ProductSummary } from '@/lib/services/catalog/types';
import { ActiveFilters } from './active-filters';
import { FacetPanel } from './facet-panel';
import { Pagination } from './pagination';
import { SortLinks } from './sort-links';

export interface ListingResult {
  items: ProductSummary[];
  total: number;
  nextCursor: string | null;
  facets: ListingFacets;
}

/** Filters beside results, shared by category and search pages. `extra` is non-filter query state (q). */
export async function ProductListing({
  locale,
  path,
  params,
  result,
  defaultSort,
  extra,
  empty,
  facetOptionsElsewhere,
}: {
  locale: Locale;
  path: ListingPath;
  params: ListingParams;
  result: ListingResult;
  defaultSort: 'sortPopular' | 'sortRelevance';
  extra?: Record<string, string>;
  /** What to show when nothing matches and no filter is to blame (e.g. search suggestions). */
  empty?: ReactNode;
  /** A page listing every filter option: given, closed filter groups leave theirs out. */
  facetOptionsElsewhere?: string;
}) {
  const t = await getTranslations('Listing');
  const currency = currencyFor(locale);
  // Nothing to filter or sort: the empty state alone, with its own way out.
  if (result.total === 0 && !hasFilters(params)) return empty;
  return (
    <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
      <aside>
        <FacetPanel
          path={path}
          params={params}
          facets={result.facets}
          currency={currency}
          extra={extra}
          optionsElsewhere={facetOptionsElsewhere}
        />
      </aside>
      <div className="flex min-w-0 flex-col gap-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" className="text-sm text-ink-muted">
            {t('resultCount', { count: result.total })}
          </p>
          <SortLinks path={path} params={params} defaultLabel={defaultSort} extra={extra} />
        </div>
        <ActiveFilters
          path={path}
          params={params}
          facets={result.facets}
          locale={locale}
          currency={currency}
          extra={extra}
        />
        {result.items.length > 0 ? (
          <ProductGrid
            products={result.items}
            locale={locale}
            linkShownColor={params.color.length > 0}
          />
        ) : hasFilters(params) ? (
          <p className="rounded-lg bg-paper-warm p-6">
            {t('noMatches')}{' '}
            <Link
              href={listingHref(path, params, clearedFilters, extra)}
              className="font-medium underline underline-offset-4"
            >
              {t('clearAll')}
            </Link>
          </p>
        ) : (
          empty
        )}
        <Pagination path={path} params={params} nextCursor={result.nextCursor} extra={extra} />
      </div>
    </div>
  );
}
