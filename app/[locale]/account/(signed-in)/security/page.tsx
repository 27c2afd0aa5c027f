import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AddPasskey } from '@/components/account/add-passkey';
import { PasskeyList } from '@/components/account/passkey-list';
import { SessionList } from '@/components/account/session-list';
import { ActionForm } from '@/components/ui/action-form';
import { FormAlert } from '@/components/ui/form-alert';
import { PASSWORD_LENGTH } from '@/lib/account/account-form';
import { changePassword } from '@/lib/account/security-actions';
import { signOutEverywhere } from '@/lib/account/session-actions';
import { pageLocale } from '@/lib/i18n/page-locale';
import { loadSecurity } from './page-data';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/account/security'>): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Account' });
  return { title: t('security.title') };
}

export default async function SecurityPage({
  params,
  searchParams,
}: PageProps<'/[locale]/account/security'>) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const [t, data] = await Promise.all([getTranslations('Account'), loadSecurity(locale)]);
  if (!data) return <FormAlert>{t('errors.unavailable')}</FormAlert>;
  const { customer } = data.account;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('security.title')}</h1>
      {query.error === 'lastMethod' && <FormAlert>{t('security.lastMethod')}</FormAlert>}
      {query.error === 'unavailable' && <FormAlert>{t('errors.unavailable')}</FormAlert>}
      <section aria-labelledby="passkeys" className="flex flex-col gap-3">
        <h2 id="passkeys" className="text-xl font-semibold">
          {t('security.passkeys')}
        </h2>
        <PasskeyList locale={locale} passkeys={data.passkeys} />
        <AddPasskey
          locale={locale}
          label={t('security.addPasskey')}
          pendingLabel={t('security.addPasskeyPending')}
          failedLabel={t('security.passkeyFailed')}
        />
      </section>
      <section aria-labelledby="password" className="flex flex-col gap-3">
        <h2 id="password" className="text-xl font-semibold">
          {customer.hasPassword ? t('security.changePassword') : t('security.setPassword')}
        </h2>
        <ActionForm
          action={changePassword}
          hidden={{ locale }}
          submitLabel={t('security.changePassword')}
          pendingLabel={t('addresses.saving')}
          fields={[
            ...(customer.hasPassword
              ? [
                  {
                    name: 'currentPassword',
                    label: t('currentPassword'),
                    kind: 'password' as const,
                    autoComplete: 'current-password',
                    maxLength: PASSWORD_LENGTH.max,
                  },
                ]
              : []),
            {
              name: 'newPassword',
              label: t('newPassword'),
              kind: 'password',
              autoComplete: 'new-password',
              hint: t('passwordHint'),
              maxLength: PASSWORD_LENGTH.max,
            },
          ]}
        />
      </section>
      <section aria-labelledby="sessions" className="flex flex-col gap-3">
        <h2 id="sessions" className="text-xl font-semibold">
          {t('security.sessions')}
        </h2>
        <SessionList locale={locale} sessions={data.sessions} />
        <form action={signOutEverywhere} className="flex flex-col gap-2">
          <input type="hidden" name="locale" value={locale} />
          <p className="text-sm text-ink-muted">{t('security.signOutEverywhereHint')}</p>
          <button
            type="submit"
            className="self-start rounded-full border border-ink px-6 py-2 font-semibold hover:bg-paper-warm"
          >
            {t('security.signOutEverywhere')}
          </button>
        </form>
      </section>
    </>
  );
}
