import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { catalog } from '@/lib/services/catalog/client';
import { unwrap } from '@/lib/services/transport/result';
import { ogImage, ogImageContentType, ogImageSize } from '@/lib/seo/og-image';
import { ogTextLocale } from '@/lib/seo/og-text';

export const revalidate = 3600;
export const size = ogImageSize;
export const contentType = ogImageContentType;
export const alt = 'Northwind Supply';

export default async function Image({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}) {
  const { slug } = await params;
  const locale = ogTextLocale(await pageLocale(params));
  const category = unwrap(await catalog.listCategories(locale)).find(
    (candidate) => candidate.slug === slug,
  );
  if (!category) notFound();
  const [site, t] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Category' }),
  ]);
  return ogImage({
    siteName: site('name'),
    title: category.name,
    highlight: t('productCount', { count: category.productCount }),
    footer: site('tagline'),
  });
}
