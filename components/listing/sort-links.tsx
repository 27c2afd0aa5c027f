import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import {
  listingHref,
  type ListingParams,
  type ListingSort,
  type ListingPath,
} from '@/lib/listing/listing-params';

const LABEL_KEYS: Record<ListingSort, string> = {
  popular: 'sortPopular',
  newest: 'sortNewest',
  price_asc: 'sortPriceAsc',
  price_desc: 'sortPriceDesc',
};

/**
 * Sort orders as links (no select that needs JavaScript to submit). Without a sort the
 * listing uses its default: popularity for categories, relevance for search.
 */
export async function SortLinks({
  path,
  params,
  defaultLabel,
  extra,
}: {
  path: ListingPath;
  params: ListingParams;
  defaultLabel: 'sortPopular' | 'sortRelevance';
  extra?: Record<string, string>;
}) {
  const t = await getTranslations('Listing');
  const choices: { sort: ListingSort | undefined; label: string }[] = [
    { sort: undefined, label: t(defaultLabel) },
    ...(['newest', 'price_asc', 'price_desc'] as const).map((sort) => ({
      sort,
      label: t(LABEL_KEYS[sort]),
    })),
  ];
  return (
    <nav aria-label={t('sortBy')} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-ink-subtle">{t('sortBy')}:</span>
      {choices.map(({ sort, label }) => {
        const current = params.sort === sort || (sort === undefined && params.sort === 'popular');
        return (
          <Link
            key={label}
            href={listingHref(path, params, { sort }, extra)}
            scroll={false}
            prefetch={false}
            rel="nofollow"
            aria-current={current ? 'true' : undefined}
            className="rounded-full border border-paper-line px-3 py-1 hover:border-ink aria-[current=true]:border-ink aria-[current=true]:bg-ink aria-[current=true]:text-white"
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
