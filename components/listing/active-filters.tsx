import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatMoney, toMinorUnits } from '@/lib/i18n/money';
import type { Locale } from '@/lib/i18n/markets';
import type { ListingFacets } from '@/lib/listing/facets';
import {
  clearedFilters,
  FACET_KEYS,
  hasFilters,
  listingHref,
  type ListingParams,
  type ListingPath,
} from '@/lib/listing/listing-params';

const FIELD = { brand: 'brands', color: 'colors', size: 'sizes' } as const;

/** The applied filters as removable chips, plus a way back to the unfiltered listing. */
export async function ActiveFilters({
  path,
  params,
  facets,
  locale,
  currency,
  extra,
}: {
  path: ListingPath;
  params: ListingParams;
  facets: ListingFacets;
  locale: Locale;
  currency: string;
  extra?: Record<string, string>;
}) {
  if (!hasFilters(params)) return null;
  const t = await getTranslations('Listing');
  const money = (whole: number) =>
    formatMoney({ amount: toMinorUnits(whole, currency), currency }, locale);
  const chips: { label: string; href: string }[] = [
    ...FACET_KEYS.flatMap((key) =>
      params[key].map((value) => ({
        label: facets[FIELD[key]].find((f) => f.value === value)?.label ?? value,
        href: listingHref(path, params, { [key]: params[key].filter((v) => v !== value) }, extra),
      })),
    ),
    ...(params.priceMin !== undefined
      ? [
          {
            label: t('priceFrom', { amount: money(params.priceMin) }),
            href: listingHref(path, params, { priceMin: undefined }, extra),
          },
        ]
      : []),
    ...(params.priceMax !== undefined
      ? [
          {
            label: t('priceTo', { amount: money(params.priceMax) }),
            href: listingHref(path, params, { priceMax: undefined }, extra),
          },
        ]
      : []),
    ...(params.inStock
      ? [
          {
            label: t('inStockOnly', { count: facets.inStock.count }),
            href: listingHref(path, params, { inStock: false }, extra),
          },
        ]
      : []),
  ];
  return (
    <nav aria-label={t('activeFilters')} className="flex flex-wrap items-center gap-2 text-sm">
      {chips.map((chip) => (
        <Link
          key={chip.href}
          href={chip.href}
          scroll={false}
          prefetch={false}
          rel="nofollow"
          aria-label={t('remove', { label: chip.label })}
          className="flex items-center gap-1 rounded-full bg-brand-soft px-3 py-1 text-brand-strong hover:bg-brand hover:text-white"
        >
          {chip.label}
          <span aria-hidden="true">×</span>
        </Link>
      ))}
      <Link
        href={listingHref(path, params, clearedFilters, extra)}
        scroll={false}
        prefetch={false}
        className="underline underline-offset-4"
      >
        {t('clearAll')}
      </Link>
    </nav>
  );
}
