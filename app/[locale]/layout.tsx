import '@/styles/globals.css';
import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import { VercelAnalytics } from '@/components/analytics/vercel-analytics';
import { Footer } from '@/components/layout/footer';
import { Header } from '@/components/layout/header';
import { PwaControls } from '@/components/pwa/pwa-controls';
import { RumReporter } from '@/components/rum/rum-reporter';
import { serverEnv } from '@/lib/env/server';
import { locales } from '@/lib/i18n/markets';
import { pageLocale } from '@/lib/i18n/page-locale';
import { THEME_COLOR } from '@/lib/pwa/web-manifest';
import { siteMetadataDefaults } from '@/lib/seo/metadata';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [site, manifest] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Manifest' }),
  ]);
  return siteMetadataDefaults({
    locale,
    siteName: site('name'),
    description: site('tagline'),
    appTitle: manifest('shortName'),
  });
}

export const viewport: Viewport = {
  themeColor: THEME_COLOR,
  width: 'device-width',
  initialScale: 1,
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Site');
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded focus:bg-paper focus:px-4 focus:py-2"
        >
          {t('skipToContent')}
        </a>
        {/* Moved into <head> by React. A slow device paints while still parsing, and a header
            painted before its cart link shows the search form (laid out against it) 50 px to the
            right, then moves it: a layout shift. Chromium holds the first paint until <main>
            is in the document, so the header shows whole; other browsers ignore this. */}
        <link rel="expect" href="#main" blocking="render" />
        <Header locale={locale} />
        <main id="main" className="mx-auto w-full max-w-page flex-1 px-4 pb-16 sm:px-6">
          {children}
        </main>
        <Footer />
        <PwaControls locale={locale} />
        <RumReporter locale={locale} sampleRate={serverEnv().RUM_SAMPLE_RATE} />
        {/* Vercel sets VERCEL=1 in its builds and functions; anywhere else its script would 404. */}
        {process.env.VERCEL === '1' && <VercelAnalytics />}
      </body>
    </html>
  );
}
