import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { requestPasswordReset } from '@/lib/account/reset-actions';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/reset'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('reset.title') };
}

export default async function ResetPage({ params }: PageProps<'/[locale]/account/reset'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Account');
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('reset.title')}</h1>
      <p className="text-ink-muted">{t('reset.intro')}</p>
      <ActionForm
        action={requestPasswordReset}
        hidden={{ locale }}
        submitLabel={t('reset.submit')}
        pendingLabel={t('reset.pending')}
        fields={[
          {
            name: 'email',
            label: t('email'),
            kind: 'email',
            autoComplete: 'email',
            maxLength: 254,
          },
        ]}
      />
    </>
  );
}
