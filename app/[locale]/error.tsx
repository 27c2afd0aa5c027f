'use client';

import { useParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { isLocale, defaultLocale } from '@/lib/i18n/markets';
import { loadMessages, type Messages } from '@/lib/i18n/messages';

/**
 * Shown when a page that was never cached cannot render (e.g. the services are down). The
 * locale's strings load only when this happens, so healthy pages carry no message bundle.
 */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const { locale } = useParams<{ locale: string }>();
  const [messages, setMessages] = useState<Messages['Error']>();
  useEffect(() => {
    void loadMessages(isLocale(locale) ? locale : defaultLocale).then((all) =>
      setMessages(all.Error),
    );
  }, [locale]);
  return (
    <div role="alert" className="mx-auto flex min-h-80 max-w-xl flex-col items-start gap-4 py-24">
      {messages && (
        <>
          <h1 className="text-3xl font-bold tracking-tight">{messages.title}</h1>
          <p className="text-ink-muted">{messages.body}</p>
          <button
            type="button"
            onClick={reset}
            className="rounded-full bg-brand px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-strong"
          >
            {messages.retry}
          </button>
        </>
      )}
    </div>
  );
}
