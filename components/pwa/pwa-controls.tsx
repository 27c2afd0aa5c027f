import { getTranslations } from 'next-intl/server';
import { PendingAddsSync } from '@/components/cart/pending-adds-sync';
import { ToastDock } from '@/components/ui/toast-dock';
import type { Locale } from '@/lib/i18n/markets';
import type { PluralForms } from '@/lib/i18n/plural';
import { InstallPrompt } from './install-prompt';
import { OfflineBanner } from './offline-banner';
import { ServiceWorkerLifecycle } from './service-worker';

/**
 * The installed-app layer of every page, in one dock along the bottom edge: the offline banner,
 * the report on adds sent from the offline queue, the new-version notice and the install offer.
 */
export async function PwaControls({ locale }: { locale: Locale }) {
  const [t, cart, offlineCart] = await Promise.all([
    getTranslations('Pwa'),
    getTranslations('Cart'),
    getTranslations('OfflineCart'),
  ]);
  const banner = {
    offlineSavedCopy: String(t.raw('offlineSavedCopy')),
    slowSavedCopy: String(t.raw('slowSavedCopy')),
    offlineLive: String(t.raw('offlineLive')),
  };
  return (
    <ToastDock edge={<OfflineBanner locale={locale} messages={banner} />}>
      <PendingAddsSync
        locale={locale}
        messages={{
          added: offlineCart.raw('added') as PluralForms,
          failed: String(offlineCart.raw('failed')),
          cartUnavailable: cart('unavailable'),
        }}
      />
      <ServiceWorkerLifecycle
        messages={{ updateAvailable: t('updateAvailable'), reload: t('reload') }}
      />
      <InstallPrompt
        messages={{
          installTitle: t('installTitle'),
          installBody: t('installBody'),
          install: t('install'),
          notNow: t('notNow'),
        }}
      />
    </ToastDock>
  );
}
