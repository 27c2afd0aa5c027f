'use client';

import { useEffect, useState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';

/**
 * A button that runs one passkey ceremony, shown only where the browser can do WebAuthn (the
 * password form beside it covers the rest). `run` answers a message to show, or nothing when it
 * navigated away; a ceremony the shopper cancelled or that threw shows `failedLabel`.
 */
export function PasskeyButton({
  run,
  label,
  pendingLabel,
  failedLabel,
  intro,
}: {
  run: () => Promise<string | undefined>;
  label: string;
  pendingLabel: string;
  failedLabel: string;
  intro?: string;
}) {
  const [supported, setSupported] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string>();

  useEffect(() => {
    void import('@simplewebauthn/browser').then((webauthn) =>
      setSupported(webauthn.browserSupportsWebAuthn()),
    );
  }, []);

  async function start() {
    setPending(true);
    setMessage(undefined);
    try {
      setMessage(await run());
    } catch {
      setMessage(failedLabel);
    } finally {
      setPending(false);
    }
  }

  if (!supported) return null;
  return (
    <div className="flex flex-col gap-3">
      {intro && <p className="text-ink-muted">{intro}</p>}
      {message && <FormAlert>{message}</FormAlert>}
      <button
        type="button"
        onClick={start}
        disabled={pending}
        className="self-start rounded-full bg-ink px-8 py-3 font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
      >
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
