import { IntentLink } from '@/components/ui/intent-link';
import { getTranslations } from 'next-intl/server';
import { ProductListing, type ListingResult } from '@/components/listing/product-listing';
import { JsonLd } from '@/components/seo/json-ld';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import type { Locale } from '@/lib/i18n/markets';
import type { ListingParams } from '@/lib/listing/listing-params';
import { routes } from '@/lib/routes';
import { breadcrumbJsonLd, itemListJsonLd } from '@/lib/seo/json-ld';
import type { Category } from '@/lib/services/catalog/types';

/** A category page, cached (no params) or filtered; both routes render this. */
export async function CategoryView({
  locale,
  category,
  trail,
  subcategories,
  products,
  params,
  cached = false,
}: {
  locale: Locale;
  category: Category;
  trail: Category[];
  subcategories: Category[];
  products: ListingResult;
  params: ListingParams;
  /**
   * The one cached document every shopper gets: kept small, its closed filter groups point at
   * the filter route (rendered per request, every option in its HTML) instead of listing theirs.
   */
  cached?: boolean;
}) {
  const [t, crumbs] = await Promise.all([
    getTranslations('Category'),
    getTranslations('Breadcrumbs'),
  ]);
  const path = {
    plain: routes.category(locale, category.slug),
    filtered: routes.categoryFiltered(locale, category.slug),
  };
  return (
    <>
      <JsonLd
        data={itemListJsonLd(products.items, (p) => routes.product(locale, p.slug), {
          name: category.name,
        })}
      />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: crumbs('home'), url: routes.home(locale) },
          ...trail.map((c) => ({ name: c.name, url: routes.category(locale, c.slug) })),
        ])}
      />
      <Breadcrumbs
        label={crumbs('label')}
        items={[
          { label: crumbs('home'), href: routes.home(locale) },
          ...trail.map((c) => ({
            label: c.name,
            href: c.id === category.id ? undefined : routes.category(locale, c.slug),
          })),
        ]}
      />
      <header className="mb-6 flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{category.name}</h1>
        <p className="max-w-2xl text-ink-muted">{category.description}</p>
      </header>
      {subcategories.length > 0 && (
        <nav aria-label={t('subcategories')} className="mb-8">
          <ul className="flex flex-wrap gap-2">
            {subcategories.map((child) => (
              <li key={child.id}>
                <IntentLink
                  href={routes.category(locale, child.slug)}
                  className="block rounded-full border border-paper-line px-4 py-2 text-sm hover:border-ink"
                >
                  {child.name}
                </IntentLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ProductListing
        locale={locale}
        path={path}
        params={params}
        result={products}
        defaultSort="sortPopular"
        facetOptionsElsewhere={cached ? path.filtered : undefined}
        empty={
          <p className="rounded-lg bg-paper-warm p-6">
            <IntentLink href={`${routes.home(locale)}#best-sellers`} className="underline">
              {t('empty')}
            </IntentLink>
          </p>
        }
      />
    </>
  );
}
