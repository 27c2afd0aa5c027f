import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CategoryTiles } from '@/components/category/category-tiles';
import { Hero } from '@/components/home/hero';
import { ProductGrid } from '@/components/product/product-grid';
import { JsonLd } from '@/components/seo/json-ld';
import { Section } from '@/components/ui/section';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { itemListJsonLd, organizationJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { loadHomePage } from './page-data';

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'Home' }), getTranslations({ locale, namespace: 'Site' })]);
  // The OpenGraph image comes from ./opengraph-image.tsx.
  return pageMetadata({ locale, path: '', title: t('metaTitle'), absoluteTitle: true, description: site('tagline'), siteName: site('name') });
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await pageLocale(params);
  const [t, data] = await Promise.all([getTranslations('Home'), loadHomePage(locale)]);
  return (
    <>
      <JsonLd data={organizationJsonLd()} />
      <JsonLd data={webSiteJsonLd(locale)} />
      <JsonLd data={itemListJsonLd(data.bestSellers, (product) => routes.product(locale, product.slug), { name: t('bestSellers') })} />
      <Hero locale={locale} />
      <Section id="featured-categories" title={t('featuredCategories')}>
        <CategoryTiles categories={data.featuredCategories} locale={locale} />
      </Section>
      <Section id="best-sellers" title={t('bestSellers')}>
        <ProductGrid products={data.bestSellers} locale={locale} eagerCount={0} />
      </Section>
      <Section id="new-arrivals" title={t('newArrivals')}>
        <ProductGrid products={data.newArrivals} locale={locale} eagerCount={0} />
      </Section>
    </>
  );
}
