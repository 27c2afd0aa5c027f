import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ListingFacets } from '@/lib/listing/facets';
import {
  FACET_KEYS,
  filteredPath,
  listingHref,
  toQuery,
  toggleValue,
  type FacetKey,
  type ListingParams,
  type ListingPath,
} from '@/lib/listing/listing-params';
import { FacetGroup } from './facet-group';
import { PriceFilter } from './price-filter';

const FACET_FIELDS = { brand: 'brands', color: 'colors', size: 'sizes' } as const satisfies Record<
  FacetKey,
  keyof ListingFacets
>;

/**
 * All filters of a listing. `extra` carries query state that is not a filter (the search query).
 * `optionsElsewhere` is a page that lists every option, for a page that leaves closed groups'
 * options out of its HTML (see FacetGroup).
 */
export async function FacetPanel({
  path,
  params,
  facets,
  currency,
  extra,
  optionsElsewhere,
}: {
  path: ListingPath;
  params: ListingParams;
  facets: ListingFacets;
  currency: string;
  extra?: Record<string, string>;
  optionsElsewhere?: string;
}) {
  const t = await getTranslations('Listing');
  const carry = [
    ...toQuery({
      ...params,
      priceMin: undefined,
      priceMax: undefined,
      cursor: undefined,
    }).entries(),
    ...Object.entries(extra ?? {}),
  ];
  return (
    <section aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="sr-only">
        {t('filters')}
      </h2>
      {FACET_KEYS.map((key) => (
        <FacetGroup
          key={key}
          title={t(key)}
          options={facets[FACET_FIELDS[key]].map(({ value, label, count, swatch }) => ({
            label,
            count,
            href: listingHref(path, params, { [key]: toggleValue(params[key], value) }, extra),
            ...(swatch && { swatch }),
            ...(params[key].includes(value) && { selected: true as const }),
          }))}
          selectedNote={t('selected')}
          elsewhere={
            optionsElsewhere ? { href: optionsElsewhere, label: t('showOptions') } : undefined
          }
        />
      ))}
      <PriceFilter
        action={filteredPath(path)}
        carry={carry}
        currency={currency}
        min={params.priceMin}
        max={params.priceMax}
        labels={{ title: t('price'), min: t('min'), max: t('max'), apply: t('apply') }}
      />
      <div className="border-b border-paper-line py-3">
        <p className="mb-2 text-sm font-semibold">{t('availability')}</p>
        <Link
          href={listingHref(path, params, { inStock: !params.inStock }, extra)}
          scroll={false}
          prefetch={false}
          rel="nofollow"
          aria-current={params.inStock ? 'true' : undefined}
          className="flex items-center gap-2 text-sm"
        >
          <span aria-hidden="true" className="facet-box" data-on={params.inStock || undefined}>
            {params.inStock ? '✓' : ''}
          </span>
          {t('inStockOnly', { count: facets.inStock.count })}
          {params.inStock && <span className="sr-only">({t('selected')})</span>}
        </Link>
      </div>
    </section>
  );
}
