import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AddressBook } from '@/components/account/address-book';
import { addressFields } from '@/components/checkout/address-fields';
import { ActionForm } from '@/components/ui/action-form';
import { FormAlert } from '@/components/ui/form-alert';
import { addAddress } from '@/lib/account/address-actions';
import { pageLocale } from '@/lib/i18n/page-locale';
import { loadAddresses } from './page-data';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/addresses'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('addresses.title') };
}

export default async function AddressesPage({
  params,
  searchParams,
}: PageProps<'/[locale]/account/addresses'>) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const [t, checkoutT, addresses] = await Promise.all([
    getTranslations('Account'),
    getTranslations('Checkout'),
    loadAddresses(locale),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('addresses.title')}</h1>
      {query.saved === '1' && (
        <p role="status" className="rounded-lg bg-paper-warm px-4 py-3">
          {t('addresses.saved')}
        </p>
      )}
      {addresses ? (
        <AddressBook locale={locale} addresses={addresses} />
      ) : (
        <FormAlert>{t('errors.unavailable')}</FormAlert>
      )}
      <section aria-labelledby="add-address" className="flex flex-col gap-4">
        <h2 id="add-address" className="text-xl font-semibold">
          {t('addresses.add')}
        </h2>
        <ActionForm
          action={addAddress}
          hidden={{ locale }}
          fields={addressFields(checkoutT, undefined, locale)}
          submitLabel={t('addresses.save')}
          pendingLabel={t('addresses.saving')}
        >
          <label className="flex items-center gap-2">
            <input type="checkbox" name="isDefault" defaultChecked={addresses?.length === 0} />
            {t('addresses.isDefault')}
          </label>
        </ActionForm>
      </section>
    </>
  );
}
