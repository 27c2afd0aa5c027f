import { IntentLink } from '@/components/ui/intent-link';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale, defaultLocale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  const locale = await getLocale();
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start gap-4 py-24">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="text-ink-muted">{t('body')}</p>
      <IntentLink
        href={routes.home(isLocale(locale) ? locale : defaultLocale)}
        className="rounded-full bg-brand px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-strong"
      >
        {t('backHome')}
      </IntentLink>
    </div>
  );
}
