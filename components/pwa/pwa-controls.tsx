import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import type { PluralForms } from '@/lib/i18n/plural';
import { PwaDock } from './pwa-dock';

/** The installed-app layer of every page, in the shopper's language (see ./pwa-dock.tsx). */
export async function PwaControls({ locale }: { locale: Locale }) {
  const [t, cart, offlineCart] = await Promise.all([
    getTranslations('Pwa'),
    getTranslations('Cart'),
    getTranslations('OfflineCart'),
  ]);
  return (
    <PwaDock
      locale={locale}
      messages={{
        banner: {
          offlineSavedCopy: String(t.raw('offlineSavedCopy')),
          slowSavedCopy: String(t.raw('slowSavedCopy')),
          offlineLive: String(t.raw('offlineLive')),
        },
        pendingAdds: {
          added: offlineCart.raw('added') as PluralForms,
          failed: String(offlineCart.raw('failed')),
          cartUnavailable: cart('unavailable'),
        },
        update: { updateAvailable: t('updateAvailable'), reload: t('reload') },
        install: {
          installTitle: t('installTitle'),
          installBody: t('installBody'),
          install: t('install'),
          notNow: t('notNow'),
        },
      }}
    />
  );
}
