import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { AccountNav } from '@/components/account/account-nav';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';

/** The signed-in account pages share their navigation; each page checks the session itself. */
export default async function SignedInLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Account');
  const page = (key: 'orders' | 'addresses' | 'wishlist' | 'security' | 'data') => ({
    href: routes.accountPage(locale, key),
    label: t(`nav.${key}`),
  });
  return (
    <>
      <AccountNav
        label={t('nav.label')}
        links={[
          { href: routes.account(locale), label: t('nav.overview') },
          page('orders'),
          page('addresses'),
          page('wishlist'),
          page('security'),
          page('data'),
        ]}
      />
      {children}
    </>
  );
}
