import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { pageMetadata } from '@/lib/seo/metadata';
import { catalog } from '@/lib/services/catalog/client';
import { unwrap } from '@/lib/services/transport/result';

export async function loadHomePage(locale: Locale) {
  const [categories, bestSellers, newArrivals] = await Promise.all([
    catalog.listCategories(locale),
    catalog.listProducts({ locale, collection: 'best-sellers', sort: 'popular', limit: 8 }),
    catalog.listProducts({ locale, collection: 'new-arrivals', sort: 'newest', limit: 8 }),
  ]);
  // A failed read throws: ISR then keeps serving the last good page instead of a broken one.
  return {
    featuredCategories: unwrap(categories).filter((category) => category.parentId === null),
    bestSellers: unwrap(bestSellers).items,
    newArrivals: unwrap(newArrivals).items,
  };
}

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getTranslations({ locale, namespace: 'Site' }),
  ]);
  return pageMetadata({
    locale,
    path: '',
    title: t('metaTitle'),
    absoluteTitle: true,
    description: site('tagline'),
    siteName: site('name'),
  });
}
