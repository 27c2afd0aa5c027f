import type { Metadata } from 'next';
import { HomeView } from '@/components/home/home-view';
import { NO_VARIANTS } from '@/lib/experiments/page-variants';
import { pageLocale } from '@/lib/i18n/page-locale';
import { homeMetadata, loadHomePage } from './page-data';

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  // The OpenGraph image comes from ./opengraph-image.tsx.
  return homeMetadata(await pageLocale(params));
}

/** The home page as crawlers (and everyone, with no experiment on it) see it; variants/[code] is the same per variant. */
export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await pageLocale(params);
  return <HomeView locale={locale} data={await loadHomePage(locale)} variants={NO_VARIANTS} />;
}
