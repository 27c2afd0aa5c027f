import { getLocale, getTranslations } from 'next-intl/server';
import { TaxNote } from '@/components/price/tax-note';
import { defaultLocale, isLocale, locales, markets } from '@/lib/i18n/markets';
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
        <div className="flex flex-col gap-1">
          <p>{t('rights', { year: new Date().getFullYear() })}</p>
          <TaxNote locale={isLocale(locale) ? locale : defaultLocale} kind="footnote" />
        </div>
        <LocaleSwitcher
          label={switcher('label')}
          current={locale}
          options={locales.map((l) => ({ locale: l, label: markets[l].label }))}
        />
      </div>
    </footer>
  );
}
