import { getTranslations } from 'next-intl/server';
import { CategoryTiles } from '@/components/category/category-tiles';
import { ExperimentExposure } from '@/components/experiments/experiment-exposure';
import { ProductGrid } from '@/components/product/product-grid';
import { JsonLd } from '@/components/seo/json-ld';
import { Section } from '@/components/ui/section';
import { experimentVariant, type PageVariants } from '@/lib/experiments/page-variants';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { Category, ProductSummary } from '@/lib/services/catalog/types';
import { itemListJsonLd, organizationJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld';
import { Hero } from './hero';

export interface HomeData {
  featuredCategories: Category[];
  bestSellers: ProductSummary[];
  newArrivals: ProductSummary[];
}

/** The home page for one combination of experiment variants (none: the plain page). */
export async function HomeView({
  locale,
  data,
  variants,
}: {
  locale: Locale;
  data: HomeData;
  variants: PageVariants;
}) {
  const t = await getTranslations('Home');
  return (
    <>
      <JsonLd data={organizationJsonLd()} />
      <JsonLd data={webSiteJsonLd(locale)} />
      <JsonLd
        data={itemListJsonLd(data.bestSellers, (product) => routes.product(locale, product.slug), {
          name: t('bestSellers'),
        })}
      />
      <ExperimentExposure variants={variants} />
      <Hero locale={locale} variant={experimentVariant(variants, 'home-hero').variant} />
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
