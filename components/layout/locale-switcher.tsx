'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { locales, markets } from '@/lib/i18n/markets';

/** Links to the same page in every market; a plain link works before hydration too. */
export function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')}>
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="underline-offset-4 hover:text-ink hover:underline aria-[current=true]:font-semibold aria-[current=true]:text-ink"
            >
              {markets[locale].label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
