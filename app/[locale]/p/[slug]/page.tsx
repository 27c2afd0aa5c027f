import type { Metadata } from 'next';
import { ProductView } from '@/components/product/product-view';
import { serverEnv } from '@/lib/env/server';
import { NO_VARIANTS } from '@/lib/experiments/page-variants';
import { locales } from '@/lib/i18n/markets';
import { pageLocale } from '@/lib/i18n/page-locale';
import { productMetadata, productPageOrExit, topProductSlugs } from './page-data';

export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams() {
  const slugs = await topProductSlugs(serverEnv().PRERENDER_PRODUCTS);
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/p/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  // The OpenGraph card comes from ./opengraph-image.tsx (an explicit image would win over it).
  return productMetadata(await pageLocale(params), slug);
}

/** The product page as crawlers (and everyone, with no experiment on it) see it; variants/[code] is the same per variant. */
export default async function ProductPage({ params }: PageProps<'/[locale]/p/[slug]'>) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  return (
    <ProductView
      locale={locale}
      data={await productPageOrExit(locale, slug)}
      variants={NO_VARIANTS}
    />
  );
}
