import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { formatMoney } from '@/lib/i18n/money';
import { loadShippingPage } from './page-data';

/** Shipping costs are the same for every shopper: one ISR page per locale, the pages' lifetime. */
export const revalidate = 300;

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/shipping'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Shipping' });
  return { title: t('title') };
}

/** What shipping costs in the shopper's market, linked from every "plus shipping" note. */
export default async function ShippingPage({ params }: PageProps<'/[locale]/shipping'>) {
  const locale = await pageLocale(params);
  const [t, checkout, { rates }] = await Promise.all([
    getTranslations('Shipping'),
    getTranslations('Checkout'),
    loadShippingPage(locale),
  ]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="text-ink-muted">{t('prices')}</p>
      {rates.length > 0 ? (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-paper-line">
              <th scope="col" className="py-2">
                {checkout('shippingMethod')}
              </th>
              <th scope="col" className="py-2">
                {t('cost')}
              </th>
              <th scope="col" className="py-2">
                {t('time')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.method} className="border-b border-paper-line">
                <th scope="row" className="py-2 font-medium">
                  {checkout(`methods.${rate.method}`)}
                </th>
                <td className="py-2">{formatMoney(rate.price, locale)}</td>
                <td className="py-2">{t('days', { min: rate.minDays, max: rate.maxDays })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p role="alert">{t('unavailable')}</p>
      )}
    </div>
  );
}
