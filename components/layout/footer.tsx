import { getLocale, getTranslations } from 'next-intl/server';
import { locales, markets } from '@/lib/i18n/markets';
import { LocaleSwitcher } from './locale-switcher';

export async function Footer() {
  const [t, switcher, locale] = await Promise.all([
    getTranslations('Footer'),
    getTranslations('LocaleSwitcher'),
    getLocale(),
  ]);
  return (
    <footer className="border-t border-paper-line bg-paper-warm">
      <div className="mx-auto flex max-w-page flex-col gap-4 px-4 py-8 text-sm text-ink-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>{t('rights', { year: new Date().getFullYear() })}</p>
        <LocaleSwitcher
          label={switcher('label')}
          current={locale}
          options={locales.map((l) => ({ locale: l, label: markets[l].label }))}
        />
      </div>
    </footer>
  );
}
