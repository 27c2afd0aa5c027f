import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProductView } from '@/components/product/product-view';
import { pageCodes, variantsFromCode } from '@/lib/experiments/page-variants';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { withPlainPageImage } from '@/lib/seo/metadata';
import { productMetadata, productPageOrExit } from '../../page-data';

export async function generateMetadata(props: PageProps<'/[locale]/p/[slug]/x/[code]'>): Promise<Metadata> {
  const { slug } = await props.params;
  const locale = await pageLocale(props.params);
  return withPlainPageImage(await productMetadata(locale, slug), routes.product(locale, slug));
}

export const revalidate = 300;
export const dynamicParams = true;

/** Every variant combination of the prerendered best sellers (the parent's params). */
export async function generateStaticParams() {
  return (await pageCodes('product')).map((code) => ({ code }));
}

/** The product page for one combination of variants; the proxy rewrites `/<locale>/p/<slug>` here. */
export default async function ProductVariantPage({ params }: PageProps<'/[locale]/p/[slug]/x/[code]'>) {
  const { slug, code } = await params;
  const locale = await pageLocale(params);
  const variants = await variantsFromCode('product', code);
  if (!variants) notFound();
  return <ProductView locale={locale} data={await productPageOrExit(locale, slug)} variants={variants} />;
}
