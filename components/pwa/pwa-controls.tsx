import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { InstallPrompt } from './install-prompt';
import { OfflineBanner } from './offline-banner';
import { ServiceWorkerLifecycle } from './service-worker';

/** The installed-app layer of every page: offline banner, new-version notice, install offer. */
export async function PwaControls({ locale }: { locale: Locale }) {
  const t = await getTranslations('Pwa');
  return (
    <>
      <OfflineBanner locale={locale} messages={{ offlineSavedCopy: String(t.raw('offlineSavedCopy')), offlineLive: String(t.raw('offlineLive')) }} />
      <ServiceWorkerLifecycle messages={{ updateAvailable: t('updateAvailable'), reload: t('reload') }} />
      <InstallPrompt messages={{ installTitle: t('installTitle'), installBody: t('installBody'), install: t('install'), notNow: t('notNow') }} />
    </>
  );
}
