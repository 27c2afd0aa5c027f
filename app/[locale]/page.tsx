import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { HomeView } from '@/components/home/home-view';
import { NO_VARIANTS } from '@/lib/experiments/page-variants';
import { pageLocale } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/seo/metadata';
import { loadHomePage } from './page-data';

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'Home' }), getTranslations({ locale, namespace: 'Site' })]);
  // The OpenGraph image comes from ./opengraph-image.tsx.
  return pageMetadata({ locale, path: '', title: t('metaTitle'), absoluteTitle: true, description: site('tagline'), siteName: site('name') });
}

/** The home page as crawlers (and everyone, with no experiment on it) see it; x/[code] is the same per variant. */
export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await pageLocale(params);
  return <HomeView locale={locale} data={await loadHomePage(locale)} variants={NO_VARIANTS} />;
}
