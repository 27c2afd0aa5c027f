import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { OrderList } from '@/components/account/order-list';
import { SignOutButton } from '@/components/account/sign-out-button';
import { FormAlert } from '@/components/ui/form-alert';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { loadOverview } from './page-data';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('overview.title') };
}

export default async function AccountPage({ params }: PageProps<'/[locale]/account'>) {
  const locale = await pageLocale(params);
  const [t, data] = await Promise.all([getTranslations('Account'), loadOverview(locale)]);
  if (!data) return <FormAlert>{t('errors.unavailable')}</FormAlert>;
  const { customer } = data.account;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">
        {customer.name
          ? t('overview.greeting', { name: customer.name })
          : t('overview.greetingNoName')}
      </h1>
      <p data-testid="signed-in-as">{t('overview.signedInAs', { email: customer.email })}</p>
      <section aria-labelledby="recent-orders" className="flex flex-col gap-3">
        <h2 id="recent-orders" className="text-xl font-semibold">
          {t('overview.recentOrders')}
        </h2>
        {data.recentOrders ? (
          <OrderList locale={locale} orders={data.recentOrders} />
        ) : (
          <FormAlert>{t('errors.unavailable')}</FormAlert>
        )}
        <Link href={routes.accountPage(locale, 'orders')} className="underline underline-offset-4">
          {t('overview.allOrders')}
        </Link>
      </section>
      <SignOutButton locale={locale} label={t('overview.signOut')} />
    </>
  );
}
