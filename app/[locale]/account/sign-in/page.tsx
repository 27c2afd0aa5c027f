import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PasskeySignIn } from '@/components/account/passkey-sign-in';
import { ActionForm } from '@/components/ui/action-form';
import { returnPath } from '@/lib/account/return-path';
import { signIn } from '@/lib/account/sign-in-actions';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/sign-in'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('signIn.title') };
}

/** Passkey first (button and the browser's suggestion in the e-mail field), then a password. */
export default async function SignInPage({
  params,
  searchParams,
}: PageProps<'/[locale]/account/sign-in'>) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const t = await getTranslations('Account');
  const next = returnPath(locale, query.next);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('signIn.title')}</h1>
      <p className="text-ink-muted">{t('signIn.intro')}</p>
      <PasskeySignIn
        locale={locale}
        next={next}
        label={t('signIn.passkey')}
        pendingLabel={t('signIn.passkeyPending')}
        failedLabel={t('signIn.passkeyFailed')}
      />
      <h2 className="text-lg font-semibold">{t('signIn.or')}</h2>
      <ActionForm
        action={signIn}
        hidden={{ locale, next }}
        submitLabel={t('signIn.submit')}
        pendingLabel={t('signIn.pending')}
        fields={[
          {
            name: 'email',
            label: t('email'),
            kind: 'email',
            // "webauthn" lets the browser offer saved passkeys right in this field.
            autoComplete: 'username webauthn',
            maxLength: 254,
          },
          {
            name: 'password',
            label: t('password'),
            kind: 'password',
            autoComplete: 'current-password',
            maxLength: 128,
          },
        ]}
      />
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={routes.accountPage(locale, 'reset')} className="underline underline-offset-4">
          {t('signIn.forgot')}
        </Link>
        <span>
          {t('signIn.noAccount')}{' '}
          <Link
            href={routes.accountPage(locale, 'sign-up')}
            className="font-semibold underline underline-offset-4"
          >
            {t('signIn.createAccount')}
          </Link>
        </span>
      </p>
    </>
  );
}
