import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { OfflineReason } from './offline-reason';
import { RetryButton } from './retry-button';
import { SavedPagesList } from './saved-pages-list';

/**
 * What the service worker shows for a page it cannot fetch and never saved. The document keeps
 * the address the shopper asked for, so "Try again" reloads that.
 */
export async function OfflineView({ locale }: { locale: Locale }) {
  const t = await getTranslations('Offline');
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start gap-6 py-16">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <OfflineReason messages={{ page: t('body'), cart: t('cartBody') }} />
      </div>
      <div className="flex flex-wrap gap-3">
        <RetryButton label={t('retry')} />
        <a
          href={routes.home(locale)}
          className="rounded-full border border-paper-line px-5 py-2.5 text-sm font-semibold hover:bg-paper-warm"
        >
          {t('backHome')}
        </a>
      </div>
      <SavedPagesList
        locale={locale}
        messages={{ heading: t('savedPages'), hint: t('savedPagesHint'), none: t('noSavedPages') }}
      />
    </div>
  );
}
