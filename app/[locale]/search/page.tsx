import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ProductListing } from '@/components/listing/product-listing';
import { RecentlyViewedSection } from '@/components/recently-viewed/recently-viewed-section';
import { NoResults } from '@/components/search/no-results';
import { pageLocale } from '@/lib/i18n/page-locale';
import { cleanSearchQuery } from '@/lib/listing/search-query';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { loadSearchPage } from './page-data';

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const { q } = cleanSearchQuery(query.q);
  return pageMetadata({
    locale,
    path: '/search',
    title: q ? t('title', { query: q }) : t('metaTitle'),
    description: t('emptyBody'),
    noindex: true,
  });
}

/** Search results: rendered per request (every query differs), filters shared with categories. */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const [t, data] = await Promise.all([getTranslations('Search'), loadSearchPage(locale, query)]);
  const { q, truncated, results, categories } = data;
  return (
    <>
      <header className="mt-6 mb-6 flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">
          {q ? t('title', { query: q }) : t('metaTitle')}
        </h1>
        {truncated && <p className="text-sm text-warn">{t('truncated')}</p>}
        {!q && <p className="text-ink-muted">{t('emptyBody')}</p>}
      </header>
      {results ? (
        <ProductListing
          locale={locale}
          path={routes.search(locale)}
          params={data.params}
          result={results}
          defaultSort="sortRelevance"
          extra={{ q }}
          empty={
            <NoResults
              locale={locale}
              query={q}
              didYouMean={results.didYouMean}
              categories={categories}
            />
          }
        />
      ) : (
        <ul className="flex flex-wrap gap-2">
          {categories.map((category) => (
            <li key={category.id}>
              <Link
                href={routes.category(locale, category.slug)}
                className="block rounded-full border border-paper-line px-4 py-2 text-sm hover:border-ink"
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <RecentlyViewedSection locale={locale} />
    </>
  );
}
