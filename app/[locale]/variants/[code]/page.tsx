import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomeView } from '@/components/home/home-view';
import { pageCodes, variantsFromCode } from '@/lib/experiments/page-variants';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { withPlainPageImage } from '@/lib/seo/metadata';
import { homeMetadata, loadHomePage } from '../../page-data';

export async function generateMetadata(
  props: PageProps<'/[locale]/variants/[code]'>,
): Promise<Metadata> {
  const locale = await pageLocale(props.params);
  return withPlainPageImage(await homeMetadata(locale), routes.home(locale));
}

export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await pageCodes('home')).map((code) => ({ code }));
}

/** The home page for one combination of variants; the proxy rewrites `/<locale>` here. */
export default async function HomeVariantPage({ params }: PageProps<'/[locale]/variants/[code]'>) {
  const { code } = await params;
  const locale = await pageLocale(params);
  const variants = await variantsFromCode('home', code);
  if (!variants) notFound();
  return <HomeView locale={locale} data={await loadHomePage(locale)} variants={variants} />;
}
