'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { shouldOfferInstall, updateEngagement } from '@/lib/pwa/engagement';
import { installOffer } from '@/lib/pwa/install-offer';

export interface InstallPromptMessages {
  installTitle: string;
  installBody: string;
  install: string;
  notNow: string;
}

const noOffer = () => undefined;

/**
 * Offers installing the app where the browser allows it (the offer lib/pwa/install-offer.ts
 * holds), only once the shopper is engaged (lib/pwa/engagement.ts).
 */
export function InstallPrompt({ messages: m }: { messages: InstallPromptMessages }) {
  const pathname = usePathname();
  const offer = useSyncExternalStore(installOffer.subscribe, installOffer.current, noOffer);
  const [engaged, setEngaged] = useState(false);

  useEffect(() => {
    const engagement = updateEngagement((current) => ({
      ...current,
      pageViews: current.pageViews + 1,
    }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- engagement lives in browser storage, which the server render cannot see
    setEngaged(shouldOfferInstall(engagement, Date.now()));
  }, [pathname]);

  if (!offer || !engaged) return null;

  async function install() {
    if (!offer) return;
    await offer.prompt();
    const { outcome } = await offer.userChoice;
    if (outcome === 'dismissed')
      updateEngagement((current) => ({ ...current, dismissedAt: Date.now() }));
    installOffer.clear();
  }

  function notNow() {
    updateEngagement((current) => ({ ...current, dismissedAt: Date.now() }));
    installOffer.clear();
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
