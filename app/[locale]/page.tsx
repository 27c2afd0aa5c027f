import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CategoryTiles } from '@/components/category/category-tiles';
import { Hero } from '@/components/home/hero';
import { ProductGrid } from '@/components/product/product-grid';
import { Section } from '@/components/ui/section';
import { pageLocale } from '@/lib/i18n/page-locale';
import { alternatesFor } from '@/lib/seo/alternates';
import { loadHomePage } from './page-data';

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: { absolute: t('metaTitle') }, alternates: alternatesFor(locale, '') };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await pageLocale(params);
  const [t, data] = await Promise.all([getTranslations('Home'), loadHomePage(locale)]);
  return (
    <>
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
