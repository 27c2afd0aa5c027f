import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FormAlert } from '@/components/ui/form-alert';
import { pageLocale } from '@/lib/i18n/page-locale';
import { confirmStockAlertLink } from './page-data';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/stock-alerts/confirm'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('stockAlert.linkTitle') };
}

/** Where the "confirm your email" link of a guest's back-in-stock request leads. */
export default async function ConfirmStockAlertPage({
  params,
  searchParams,
}: PageProps<'/[locale]/account/stock-alerts/confirm'>) {
  const [, query] = await Promise.all([pageLocale(params), searchParams]);
  const [t, outcome] = await Promise.all([
    getTranslations('Account'),
    confirmStockAlertLink(query.token),
  ]);
  if (outcome === 'confirmed')
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight">{t('stockAlert.confirmedTitle')}</h1>
        <p>{t('stockAlert.confirmed')}</p>
      </>
    );
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('stockAlert.linkTitle')}</h1>
      <FormAlert>
        {outcome === 'invalid' ? t('stockAlert.invalidLink') : t('errors.unavailable')}
      </FormAlert>
    </>
  );
}
