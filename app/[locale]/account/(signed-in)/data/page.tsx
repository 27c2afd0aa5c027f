import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { FormAlert } from '@/components/ui/form-alert';
import { PASSWORD_LENGTH } from '@/lib/account/account-form';
import { requireCustomer } from '@/lib/account/current-customer';
import { deleteAccount } from '@/lib/account/data-actions';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/data'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('data.title') };
}

/** Download everything kept about the shopper, or delete the account. */
export default async function DataPage({ params }: PageProps<'/[locale]/account/data'>) {
  const locale = await pageLocale(params);
  const [t, account] = await Promise.all([
    getTranslations('Account'),
    requireCustomer(locale, routes.accountPage(locale, 'data')),
  ]);
  if (!account) return <FormAlert>{t('errors.unavailable')}</FormAlert>;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('data.title')}</h1>
      <section aria-labelledby="export" className="flex flex-col gap-3">
        <h2 id="export" className="text-xl font-semibold">
          {t('data.exportTitle')}
        </h2>
        <p>{t('data.exportIntro')}</p>
        <a
          href="/api/account/export"
          download
          className="self-start rounded-full border border-ink px-6 py-2 font-semibold hover:bg-paper-warm"
        >
          {t('data.export')}
        </a>
      </section>
      <section aria-labelledby="delete" className="flex flex-col gap-3">
        <h2 id="delete" className="text-xl font-semibold">
          {t('data.deleteTitle')}
        </h2>
        <p>{t('data.deleteIntro')}</p>
        <ActionForm
          action={deleteAccount}
          hidden={{ locale }}
          submitLabel={t('data.delete')}
          pendingLabel={t('data.deleting')}
          fields={[
            {
              name: 'confirm',
              label: t('data.confirm'),
              kind: 'text',
              autoComplete: 'off',
              maxLength: 20,
            },
            ...(account.customer.hasPassword
              ? [
                  {
                    name: 'password',
                    label: t('password'),
                    kind: 'password' as const,
                    autoComplete: 'current-password',
                    maxLength: PASSWORD_LENGTH.max,
                  },
                ]
              : []),
          ]}
        />
      </section>
    </>
  );
}
