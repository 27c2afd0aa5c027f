import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OfflineView } from '@/components/pwa/offline-view';
import { pageLocale } from '@/lib/i18n/page-locale';

/** Precached by the service worker and shown in place of pages it cannot fetch. */
export const dynamic = 'force-static';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

export default async function OfflinePage({ params }: PageProps<'/[locale]/offline'>) {
  return <OfflineView locale={await pageLocale(params)} />;
}
