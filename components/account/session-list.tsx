import { getTranslations } from 'next-intl/server';
import { endSession } from '@/lib/account/session-actions';
import type { Locale } from '@/lib/i18n/markets';
import type { SessionInfo } from '@/lib/services/customers/client';

/** Where the account is signed in; any session but this browser's can be ended from here. */
export async function SessionList({
  locale,
  sessions,
}: {
  locale: Locale;
  sessions: SessionInfo[];
}) {
  const t = await getTranslations('Account');
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="flex flex-col gap-3" data-testid="session-list">
      {sessions.map((session) => (
        <li
          key={session.id}
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-paper-line p-4"
        >
          <div>
            <p className="font-semibold">
              {session.current ? t('security.thisDevice') : session.userAgent || '—'}
            </p>
            <p className="text-sm text-ink-muted">
              {t('security.signedInAt', { date: date.format(new Date(session.createdAt)) })} ·{' '}
              {t('security.lastSeen', { date: date.format(new Date(session.lastSeenAt)) })}
            </p>
          </div>
          {!session.current && (
            <form action={endSession}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="sessionId" value={session.id} />
              <button
                type="submit"
                className="rounded-full border border-ink px-4 py-1 text-sm font-semibold hover:bg-paper-warm"
              >
                {t('security.endSession')}
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
