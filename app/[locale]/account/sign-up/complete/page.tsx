import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PasskeySignUp } from '@/components/account/passkey-sign-up';
import { ActionForm } from '@/components/ui/action-form';
import { FormAlert } from '@/components/ui/form-alert';
import { PASSWORD_LENGTH } from '@/lib/account/account-form';
import { completeSignUp } from '@/lib/account/sign-up-actions';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';
import { loadSignUpLink } from './page-data';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/sign-up/complete'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('complete.title') };
}

/** Step two, from the mailed link: a passkey (offered first) or a password creates the account. */
export default async function CompleteSignUpPage({
  params,
  searchParams,
}: PageProps<'/[locale]/account/sign-up/complete'>) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const [t, link] = await Promise.all([getTranslations('Account'), loadSignUpLink(query.token)]);
  if (link.state !== 'valid')
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight">{t('complete.title')}</h1>
        <FormAlert>
          {link.state === 'invalid' ? t('complete.invalidLink') : t('errors.unavailable')}
        </FormAlert>
        <Link href={routes.accountPage(locale, 'sign-up')} className="underline underline-offset-4">
          {t('complete.newLink')}
        </Link>
      </>
    );
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('complete.title')}</h1>
      <p data-testid="sign-up-email">{t('complete.for', { email: link.email })}</p>
      <PasskeySignUp
        locale={locale}
        token={link.token}
        intro={t('complete.passkeyIntro')}
        label={t('complete.passkey')}
        pendingLabel={t('complete.passkeyPending')}
        failedLabel={t('complete.passkeyFailed')}
      />
      <h2 className="text-lg font-semibold">{t('complete.or')}</h2>
      <ActionForm
        action={completeSignUp}
        hidden={{ locale, token: link.token }}
        submitLabel={t('complete.submit')}
        pendingLabel={t('complete.pending')}
        fields={[
          {
            name: 'name',
            label: t('name'),
            kind: 'text',
            autoComplete: 'name',
            optional: true,
            maxLength: 100,
          },
          {
            name: 'password',
            label: t('password'),
            kind: 'password',
            autoComplete: 'new-password',
            hint: t('passwordHint'),
            maxLength: PASSWORD_LENGTH.max,
          },
        ]}
      />
    </>
  );
}
