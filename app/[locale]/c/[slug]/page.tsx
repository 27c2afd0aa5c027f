import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ProductGrid } from '@/components/product/product-grid';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { locales } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { pageLocale } from '@/lib/i18n/page-locale';
import { alternatesFor } from '@/lib/seo/alternates';
import { categorySlugs, loadCategoryPage } from './page-data';

export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams() {
  const perLocale = await Promise.all(locales.map(async (locale) => (await categorySlugs(locale)).map((slug) => ({ locale, slug }))));
  return perLocale.flat();
}

export async function generateMetadata({ params }: PageProps<'/[locale]/c/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const data = await loadCategoryPage(locale, slug);
  if (!data) return {};
  const t = await getTranslations({ locale, namespace: 'Category' });
  return {
    title: data.category.name,
    description: t('metaDescription', { name: data.category.name, count: data.products.total }),
    alternates: alternatesFor(locale, `/c/${slug}`),
  };
}

export default async function CategoryPage({ params }: PageProps<'/[locale]/c/[slug]'>) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const data = await loadCategoryPage(locale, slug);
  if (!data) notFound();
  const [t, crumbs] = await Promise.all([getTranslations('Category'), getTranslations('Breadcrumbs')]);
  const { category, trail, subcategories, products } = data;
  return (
    <>
      <Breadcrumbs
        label={crumbs('label')}
        items={[
          { label: crumbs('home'), href: routes.home(locale) },
          ...trail.map((c) => ({ label: c.name, href: c.id === category.id ? undefined : routes.category(locale, c.slug) })),
        ]}
      />
      <header className="mb-6 flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{category.name}</h1>
        <p className="max-w-2xl text-ink-muted">{category.description}</p>
        <p className="text-sm text-ink-subtle">{t('productCount', { count: products.total })}</p>
      </header>
      {subcategories.length > 0 && (
        <nav aria-label={t('subcategories')} className="mb-8">
          <ul className="flex flex-wrap gap-2">
            {subcategories.map((child) => (
              <li key={child.id}>
                <Link href={routes.category(locale, child.slug)} className="block rounded-full border border-paper-line px-4 py-2 text-sm hover:border-ink">
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {products.items.length > 0 ? (
        <>
          <ProductGrid products={products.items} locale={locale} />
          <p className="mt-8 text-sm text-ink-muted">{t('showing', { shown: products.items.length, total: products.total })}</p>
        </>
      ) : (
        <p className="rounded-lg bg-paper-warm p-6">
          <Link href={`${routes.home(locale)}#best-sellers`} className="underline">
            {t('empty')}
          </Link>
        </p>
      )}
    </>
  );
}
