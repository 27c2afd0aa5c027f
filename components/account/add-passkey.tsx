'use client';

import { useRouter } from 'next/navigation';
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { addPasskey, addPasskeyOptions } from '@/lib/account/security-actions';
import { PasskeyButton } from './passkey-button';

/** Adds a passkey to the signed-in account; the list above it refreshes from the server. */
export function AddPasskey({
  locale,
  ...labels
}: {
  locale: string;
  label: string;
  pendingLabel: string;
  failedLabel: string;
}) {
  const router = useRouter();
  async function add() {
    const { startRegistration } = await import('@simplewebauthn/browser');
    const challenge = await addPasskeyOptions(locale);
    if (!challenge) return labels.failedLabel;
    const credential = await startRegistration({
      optionsJSON: challenge.options as unknown as PublicKeyCredentialCreationOptionsJSON,
    });
    const outcome = await addPasskey(locale, challenge.challengeId, credential);
    if (outcome.added) router.refresh();
    return outcome.message;
  }
  return <PasskeyButton run={add} {...labels} />;
}
