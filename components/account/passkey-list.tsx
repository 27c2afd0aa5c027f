import { getTranslations } from 'next-intl/server';
import { removePasskey } from '@/lib/account/security-actions';
import type { Locale } from '@/lib/i18n/markets';
import type { Passkey } from '@/lib/services/customers/client';

export async function PasskeyList({ locale, passkeys }: { locale: Locale; passkeys: Passkey[] }) {
  const t = await getTranslations('Account');
  if (passkeys.length === 0) return <p>{t('security.noPasskeys')}</p>;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <ul className="flex flex-col gap-3" data-testid="passkey-list">
      {passkeys.map((passkey) => (
        <li
          key={passkey.id}
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-paper-line p-4"
        >
          <div>
            <p className="font-semibold">{passkey.name}</p>
            <p className="text-sm text-ink-muted">
              {t('security.created', { date: date.format(new Date(passkey.createdAt)) })} ·{' '}
              {passkey.lastUsedAt
                ? t('security.lastUsed', { date: date.format(new Date(passkey.lastUsedAt)) })
                : t('security.neverUsed')}
            </p>
          </div>
          <form action={removePasskey}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="passkeyId" value={passkey.id} />
            <button
              type="submit"
              aria-label={t('security.removePasskey', { name: passkey.name })}
              className="rounded-full border border-ink px-4 py-1 text-sm font-semibold hover:bg-paper-warm"
            >
              {t('addresses.remove')}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
