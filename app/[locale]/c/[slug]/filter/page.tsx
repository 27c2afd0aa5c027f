import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CategoryView } from '@/components/category/category-view';
import { pageLocale } from '@/lib/i18n/page-locale';
import { parseListingParams, toQuery } from '@/lib/listing/listing-params';
import { pageMetadata } from '@/lib/seo/metadata';
import { loadCategoryPage } from '../page-data';

/**
 * A filtered, sorted or paged category (/c/<slug>/filter?brand=…; plain /c/<slug>?brand=… is rewritten here by
 * next.config.ts). Rendered per request; the canonical points at the unfiltered page.
 */
async function load({ params, searchParams }: PageProps<'/[locale]/c/[slug]/filter'>) {
  const [{ slug }, locale, query] = await Promise.all([params, pageLocale(params), searchParams]);
  return {
    slug,
    locale,
    data: await loadCategoryPage(locale, slug, toQuery(parseListingParams(query)).toString()),
  };
}

export async function generateMetadata(
  props: PageProps<'/[locale]/c/[slug]/filter'>,
): Promise<Metadata> {
  const { slug, locale, data } = await load(props);
  if (!data) return {};
  // One canonical per category: filtered views point at the plain page and stay out of the index.
  return pageMetadata({
    locale,
    path: `/c/${slug}`,
    title: data.category.name,
    description: data.category.description,
    noindex: true,
  });
}

export default async function FilteredCategoryPage(props: PageProps<'/[locale]/c/[slug]/filter'>) {
  const { locale, data } = await load(props);
  if (!data) notFound();
  return <CategoryView locale={locale} {...data} />;
}
