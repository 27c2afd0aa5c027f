'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/markets';
import { fillTemplate } from '@/lib/i18n/fill-template';
import { plural, type PluralForms } from '@/lib/i18n/plural';
import { pendingAdds } from './pending-adds';
import { replayPendingAdds, type ReplayOutcome } from './replay-pending-adds';

export interface PendingAddsMessages {
  added: PluralForms;
  failed: string;
  cartUnavailable: string;
}

const SHOWN_MS = 8000;

// Loaded only once an offline add has been sent: the cart's query cache is not on every page.
const refreshOpenCart = () => void import('./use-cart').then(({ refreshCart }) => refreshCart());

function describe(locale: Locale, m: PendingAddsMessages, outcome: ReplayOutcome): string {
  const lines = outcome.refused.map((refusal) => fillTemplate(m.failed, refusal));
  if (outcome.added > 0) lines.unshift(plural(locale, m.added, outcome.added));
  return lines.join(' ');
}

/**
 * On every page: sends the adds queued offline as soon as the browser is online (on load and on
 * the `online` event) and tells the shopper how it went.
 */
export function PendingAddsSync({
  locale,
  messages: m,
}: {
  locale: Locale;
  messages: PendingAddsMessages;
}) {
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let hide: ReturnType<typeof setTimeout> | undefined;
    const replay = () => {
      if (!navigator.onLine || pendingAdds.list().length === 0) return;
      void replayPendingAdds(m.cartUnavailable).then((outcome) => {
        if (outcome.added > 0) refreshOpenCart();
        const text = describe(locale, m, outcome);
        if (!text) return;
        setNotice(text);
        clearTimeout(hide);
        hide = setTimeout(() => setNotice(''), SHOWN_MS);
      });
    };
    replay();
    addEventListener('online', replay);
    return () => {
      removeEventListener('online', replay);
      clearTimeout(hide);
    };
  }, [locale, m]);

  return (
    <p
      role="status"
      data-testid="pending-adds-notice"
      className={
        notice ? 'max-w-sm rounded-xl bg-ink px-4 py-3 text-sm text-white shadow-lg' : 'sr-only'
      }
    >
      {notice}
    </p>
  );
}
