'use client';

import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { completeSignUpWithPasskey, signUpPasskeyOptions } from '@/lib/account/sign-up-actions';
import { PasskeyButton } from './passkey-button';

/**
 * Creates the account from the mailed link with a passkey. The optional name comes from the
 * password form's field beside it, so the shopper types it once whichever way they choose.
 */
export function PasskeySignUp({
  locale,
  token,
  ...labels
}: {
  locale: string;
  token: string;
  intro: string;
  label: string;
  pendingLabel: string;
  failedLabel: string;
}) {
  async function create() {
    const { startRegistration } = await import('@simplewebauthn/browser');
    const challenge = await signUpPasskeyOptions(token);
    if (!challenge) return labels.failedLabel;
    const credential = await startRegistration({
      optionsJSON: challenge.options as unknown as PublicKeyCredentialCreationOptionsJSON,
    });
    const name = document.querySelector<HTMLInputElement>('input[name="name"]')?.value ?? '';
    const outcome = await completeSignUpWithPasskey(
      locale,
      token,
      challenge.challengeId,
      credential,
      name,
    );
    if ('message' in outcome) return outcome.message;
    window.location.assign(outcome.redirectTo);
    return undefined;
  }
  return <PasskeyButton run={create} {...labels} />;
}
