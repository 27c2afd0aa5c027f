import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formatMoney } from '@/lib/i18n/money';
import { pageLocale } from '@/lib/i18n/page-locale';
import { catalog } from '@/lib/services/catalog/client';
import { isNotFound, unwrap } from '@/lib/services/transport/result';
import { ogImage, ogImageContentType, ogImageSize } from '@/lib/seo/og-image';
import { ogTextLocale } from '@/lib/seo/og-text';

export const revalidate = 3600;
export const size = ogImageSize;
export const contentType = ogImageContentType;
export const alt = 'Northwind Supply';

/** Name and brand in a script the bundled font draws; the price always in the market's currency. */
export default async function Image({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const textLocale = ogTextLocale(locale);
  const [priced, named] = await Promise.all([
    catalog.getProduct(locale, slug),
    textLocale === locale ? undefined : catalog.getProduct(textLocale, slug),
  ]);
  if (!priced.ok && isNotFound(priced.error)) notFound();
  const product = unwrap(priced);
  const text = named ? unwrap(named) : product;
  const site = await getTranslations({ locale: textLocale, namespace: 'Site' });
  return ogImage({
    siteName: site('name'),
    eyebrow: text.brand.name,
    title: text.name,
    highlight: formatMoney(product.price, textLocale),
    footer: site('tagline'),
  });
}
