import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProductView } from '@/components/product/product-view';
import { pageCodes, variantsFromCode } from '@/lib/experiments/page-variants';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { withPlainPageImage } from '@/lib/seo/metadata';
import { serverEnv } from '@/lib/env/server';
import { productMetadata, productPageOrExit, topProductSlugs } from '../../page-data';

export async function generateMetadata(
  props: PageProps<'/[locale]/p/[slug]/variants/[code]'>,
): Promise<Metadata> {
  const { slug } = await props.params;
  const locale = await pageLocale(props.params);
  return withPlainPageImage(await productMetadata(locale, slug), routes.product(locale, slug));
}

export const revalidate = 300;
export const dynamicParams = true;

/**
 * Every variant combination of the best sellers the plain route prerenders. Its slugs come from
 * that page, not a layout, so they are not handed down: listed here with the codes (the locale
 * comes from the [locale] layout).
 */
export async function generateStaticParams() {
  const [slugs, codes] = await Promise.all([
    topProductSlugs(serverEnv().PRERENDER_PRODUCTS),
    pageCodes('product'),
  ]);
  return slugs.flatMap((slug) => codes.map((code) => ({ slug, code })));
}

/** The product page for one combination of variants; the proxy rewrites `/<locale>/p/<slug>` here. */
export default async function ProductVariantPage({
  params,
}: PageProps<'/[locale]/p/[slug]/variants/[code]'>) {
  const { slug, code } = await params;
  const locale = await pageLocale(params);
  const variants = await variantsFromCode('product', code);
  if (!variants) notFound();
  return (
    <ProductView locale={locale} data={await productPageOrExit(locale, slug)} variants={variants} />
  );
}
