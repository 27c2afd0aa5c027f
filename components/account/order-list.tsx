import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/markets';
import { formatMoney } from '@/lib/i18n/money';
import { routes } from '@/lib/routes';
import type { OrderSummary } from '@/lib/services/customers/client';

/** The account's orders, newest first, as a table a screen reader can walk by column. */
export async function OrderList({ locale, orders }: { locale: Locale; orders: OrderSummary[] }) {
  const [t, orderT] = await Promise.all([getTranslations('Account'), getTranslations('Order')]);
  if (orders.length === 0) return <p>{t('orders.empty')}</p>;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <table className="w-full text-left text-sm" data-testid="order-list">
      <thead className="border-b border-paper-line">
        <tr>
          <th scope="col" className="py-2 pr-4">
            {t('orders.number')}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t('orders.placed')}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t('orders.status')}
          </th>
          <th scope="col" className="py-2 text-right">
            {t('orders.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} className="border-b border-paper-line">
            <th scope="row" className="py-3 pr-4 font-semibold">
              <Link
                href={routes.accountOrder(locale, order.id)}
                aria-label={t('orders.view', { id: order.id })}
                className="underline underline-offset-4"
              >
                {order.id}
              </Link>
            </th>
            <td className="py-3 pr-4">{date.format(new Date(order.createdAt))}</td>
            <td className="py-3 pr-4">{orderT(`statuses.${order.status}`)}</td>
            <td className="py-3 text-right">
              {formatMoney(order.total, locale)}
              <span className="block text-xs text-ink-muted">
                {t('orders.items', { count: order.itemCount })}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
