import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { OrderList } from '@/components/account/order-list';
import { FormAlert } from '@/components/ui/form-alert';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { loadOrders } from './page-data';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/orders'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('orders.title') };
}

export default async function OrdersPage({
  params,
  searchParams,
}: PageProps<'/[locale]/account/orders'>) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const [t, page] = await Promise.all([
    getTranslations('Account'),
    loadOrders(locale, query.cursor),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('orders.title')}</h1>
      {page ? (
        <OrderList locale={locale} orders={page.orders} />
      ) : (
        <FormAlert>{t('errors.unavailable')}</FormAlert>
      )}
      {page?.nextCursor && (
        <Link
          href={`${routes.accountPage(locale, 'orders')}?cursor=${encodeURIComponent(page.nextCursor)}`}
          className="self-start underline underline-offset-4"
        >
          {t('orders.more')}
        </Link>
      )}
    </>
  );
}
