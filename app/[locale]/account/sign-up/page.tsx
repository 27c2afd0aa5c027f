import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/ui/action-form';
import { requestSignUp } from '@/lib/account/sign-up-actions';
import { pageLocale } from '@/lib/i18n/page-locale';
import { routes } from '@/lib/routes';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/sign-up'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('signUp.title') };
}

/** Step one of sign-up: the e-mail, to which the link that creates the account is sent. */
export default async function SignUpPage({ params }: PageProps<'/[locale]/account/sign-up'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('Account');
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('signUp.title')}</h1>
      <p className="text-ink-muted">{t('signUp.intro')}</p>
      <ActionForm
        action={requestSignUp}
        hidden={{ locale }}
        submitLabel={t('signUp.submit')}
        pendingLabel={t('signUp.pending')}
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
      <p>
        {t('signUp.haveAccount')}{' '}
        <Link
          href={routes.accountPage(locale, 'sign-in')}
          className="font-semibold underline underline-offset-4"
        >
          {t('signIn.title')}
        </Link>
      </p>
    </>
  );
}
