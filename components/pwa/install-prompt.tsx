'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { shouldOfferInstall, updateEngagement } from '@/lib/pwa/engagement';

export interface InstallPromptMessages {
  installTitle: string;
  installBody: string;
  install: string;
  notNow: string;
}

/** Chrome's install event; not in the DOM typings. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * Offers installing the app where the browser allows it (`beforeinstallprompt`), only once the
 * shopper is engaged (lib/pwa/engagement.ts). The browser's own mini-infobar is held back so the
 * offer comes at a calm moment, in the shopper's language.
 */
export function InstallPrompt({ messages: m }: { messages: InstallPromptMessages }) {
  const pathname = usePathname();
  const [offer, setOffer] = useState<BeforeInstallPromptEvent>();
  const [engaged, setEngaged] = useState(false);

  useEffect(() => {
    const engagement = updateEngagement((current) => ({
      ...current,
      pageViews: current.pageViews + 1,
    }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- engagement lives in browser storage, which the server render cannot see
    setEngaged(shouldOfferInstall(engagement, Date.now()));
  }, [pathname]);

  useEffect(() => {
    const hold = (event: Event) => {
      event.preventDefault();
      setOffer(event as BeforeInstallPromptEvent);
    };
    const installed = () => setOffer(undefined);
    addEventListener('beforeinstallprompt', hold);
    addEventListener('appinstalled', installed);
    return () => {
      removeEventListener('beforeinstallprompt', hold);
      removeEventListener('appinstalled', installed);
    };
  }, []);

  if (!offer || !engaged) return null;

  async function install() {
    if (!offer) return;
    await offer.prompt();
    const { outcome } = await offer.userChoice;
    if (outcome === 'dismissed')
      updateEngagement((current) => ({ ...current, dismissedAt: Date.now() }));
    setOffer(undefined);
  }

  function notNow() {
    updateEngagement((current) => ({ ...current, dismissedAt: Date.now() }));
    setOffer(undefined);
  }

  return (
    <section
      aria-label={m.installTitle}
      className="flex max-w-xs flex-col gap-3 rounded-xl border border-paper-line bg-paper p-4 text-sm shadow-lg"
    >
      <h2 className="font-semibold">{m.installTitle}</h2>
      <p className="text-ink-muted">{m.installBody}</p>
      <div className="flex gap-2">
        <button
          type="button"
          onClick={() => void install()}
          className="rounded-full bg-ink px-4 py-2 font-semibold text-white hover:bg-brand-strong"
        >
          {m.install}
        </button>
        <button
          type="button"
          onClick={notNow}
          className="rounded-full px-4 py-2 font-semibold text-ink-muted hover:bg-paper-warm"
        >
          {m.notNow}
        </button>
      </div>
    </section>
  );
}
