import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CategoryView } from '@/components/category/category-view';
import { locales } from '@/lib/i18n/markets';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/seo/metadata';
import { categorySlugs, loadCategoryPage } from './page-data';

export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams() {
  const perLocale = await Promise.all(
    locales.map(async (locale) => (await categorySlugs(locale)).map((slug) => ({ locale, slug }))),
  );
  return perLocale.flat();
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/c/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const data = await loadCategoryPage(locale, slug);
  if (!data) return {};
  const t = await getTranslations({ locale, namespace: 'Category' });
  return pageMetadata({
    locale,
    path: `/c/${slug}`,
    title: data.category.name,
    description: t('metaDescription', { name: data.category.name, count: data.products.total }),
  });
}

/** The unfiltered first page, cached by ISR. Filtered views live at ./filter. */
export default async function CategoryPage({ params }: PageProps<'/[locale]/c/[slug]'>) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const data = await loadCategoryPage(locale, slug);
  if (!data) notFound();
  return <CategoryView locale={locale} {...data} cached />;
}
