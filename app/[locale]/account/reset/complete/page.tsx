import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { FormAlert } from '@/components/ui/form-alert';
import { PASSWORD_LENGTH } from '@/lib/account/account-form';
import { linkTokenSchema } from '@/lib/account/link-token';
import { completePasswordReset } from '@/lib/account/reset-actions';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/reset/complete'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('reset.completeTitle') };
}

/** From the mailed link: the token is checked when the new password is posted with it. */
export default async function CompleteResetPage({
  params,
  searchParams,
}: PageProps<'/[locale]/account/reset/complete'>) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const t = await getTranslations('Account');
  const token = linkTokenSchema.safeParse(query.token);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('reset.completeTitle')}</h1>
      {token.success ? (
        <ActionForm
          action={completePasswordReset}
          hidden={{ locale, token: token.data }}
          submitLabel={t('reset.completeSubmit')}
          pendingLabel={t('complete.pending')}
          fields={[
            {
              name: 'password',
              label: t('newPassword'),
              kind: 'password',
              autoComplete: 'new-password',
              hint: t('passwordHint'),
              maxLength: PASSWORD_LENGTH.max,
            },
          ]}
        />
      ) : (
        <FormAlert>{t('reset.invalidLink')}</FormAlert>
      )}
    </>
  );
}
