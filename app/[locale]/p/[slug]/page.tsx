import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PurchasePanel, type PurchasePanelProps } from '@/components/product/purchase-panel';
import { purchasePanelMessages } from '@/components/product/purchase-panel-messages';
import { ProductDetails } from '@/components/product/product-details';
import { ProductGallery } from '@/components/product/product-gallery';
import { ProductGrid } from '@/components/product/product-grid';
import { JsonLd } from '@/components/seo/json-ld';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Section } from '@/components/ui/section';
import { StarRating } from '@/components/ui/star-rating';
import { serverEnv } from '@/lib/env/server';
import { locales } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { pageLocale } from '@/lib/i18n/page-locale';
import { breadcrumbJsonLd, productJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { loadProductPage, topProductSlugs } from './page-data';

export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams() {
  const slugs = await topProductSlugs(serverEnv().PRERENDER_PRODUCTS);
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/p/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const data = await loadProductPage(locale, slug);
  if (!data) return {};
  const { product } = data;
  // The OpenGraph card comes from ./opengraph-image.tsx (an explicit image would win over it).
  return pageMetadata({
    locale,
    path: `/p/${product.slug}`,
    title: product.name,
    description: product.description.slice(0, 160),
    type: 'product',
    price: product.price,
  });
}

export default async function ProductPage({ params }: PageProps<'/[locale]/p/[slug]'>) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const data = await loadProductPage(locale, slug);
  if (!data) notFound();
  const { product, trail, related } = data;
  if (product.slug !== slug) permanentRedirect(routes.product(locale, product.slug));
  const [t, crumbs, availability, cartT] = await Promise.all([
    getTranslations('Product'),
    getTranslations('Breadcrumbs'),
    getTranslations('Availability'),
    getTranslations('Cart'),
  ]);
  const panel: PurchasePanelProps = {
    productId: product.id,
    liveUrl: routes.liveProduct(locale, product.id),
    locale,
    options: product.options,
    variants: product.variants,
    messages: purchasePanelMessages(availability, t, cartT),
  };
  return (
    <>
      <JsonLd data={productJsonLd(product, { locale })} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: crumbs('home'), url: routes.home(locale) },
          ...trail.map((c) => ({ name: c.name, url: routes.category(locale, c.slug) })),
          { name: product.name },
        ])}
      />
      <Breadcrumbs
        label={crumbs('label')}
        items={[
          { label: crumbs('home'), href: routes.home(locale) },
          ...trail.map((c) => ({ label: c.name, href: routes.category(locale, c.slug) })),
          { label: product.name },
        ]}
      />
      <div className="grid gap-8 lg:grid-cols-2 lg:gap-12">
        <ProductGallery images={product.images} />
        <div className="flex flex-col gap-5">
          <div className="flex flex-col gap-2">
            <p className="text-sm uppercase tracking-wide text-ink-subtle">{product.brand.name}</p>
            <h1 className="text-3xl font-bold tracking-tight">{product.name}</h1>
            <StarRating value={product.rating} label={t('rating', { rating: product.rating, count: product.reviewCount })} />
          </div>
          <PurchasePanel {...panel} />
          <ProductDetails description={product.description} specs={product.specs} />
        </div>
      </div>
      {related.length > 0 && (
        <Section id="related" title={t('related')}>
          <ProductGrid products={related} locale={locale} eagerCount={0} />
        </Section>
      )}
    </>
  );
}
