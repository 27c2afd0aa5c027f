import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { ogImage, ogImageContentType, ogImageSize } from '@/lib/seo/og-image';
import { ogTextLocale } from '@/lib/seo/og-text';

export const size = ogImageSize;
export const contentType = ogImageContentType;
export const alt = 'Northwind Supply';

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const locale = ogTextLocale(await pageLocale(params));
  const [site, home] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Home' }),
  ]);
  return ogImage({ siteName: site('name'), title: home('heroTitle'), footer: site('tagline') });
}
