import '@/styles/globals.css';
import { IntentLink } from '@/components/ui/intent-link';
import messages from '@/messages/en-US.json';
import { defaultLocale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';

/**
 * Outside any locale (rare: the proxy redirects page paths first, so this is a missing file),
 * in the default locale's words.
 */
export default function GlobalNotFound() {
  const t = messages.NotFound;
  return (
    <html lang={defaultLocale}>
      <body className="font-sans">
        <main className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-24">
          <h1 className="text-3xl font-bold">{t.title}</h1>
          <p className="text-ink-muted">{t.body}</p>
          <IntentLink
            href={routes.home(defaultLocale)}
            className="rounded-full bg-brand px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-strong"
          >
            {t.backHome}
          </IntentLink>
        </main>
      </body>
    </html>
  );
}
