'use client';

import { useEffect } from 'react';
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { passkeySignInOptions, signInWithPasskey } from '@/lib/account/sign-in-actions';
import { PasskeyButton } from './passkey-button';

/** Runs one sign-in ceremony; a success navigates, anything else answers the message to show. */
async function signIn(locale: string, next: string, autofill: boolean, failed: string) {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  const challenge = await passkeySignInOptions();
  if (!challenge) return failed;
  const credential = await startAuthentication({
    optionsJSON: challenge.options as unknown as PublicKeyCredentialRequestOptionsJSON,
    useBrowserAutofill: autofill,
  });
  const outcome = await signInWithPasskey(locale, challenge.challengeId, credential, next);
  if ('message' in outcome) return outcome.message;
  window.location.assign(outcome.redirectTo);
  return undefined;
}

/**
 * Passkey sign-in, offered first: a button, and the browser's own suggestion in the e-mail
 * field (conditional UI: that field has `autocomplete="username webauthn"`). The library loads
 * on the sign-in page only.
 */
export function PasskeySignIn({
  locale,
  next,
  label,
  pendingLabel,
  failedLabel,
}: {
  locale: string;
  next: string;
  label: string;
  pendingLabel: string;
  failedLabel: string;
}) {
  useEffect(() => {
    void import('@simplewebauthn/browser').then(async (webauthn) => {
      if (!(await webauthn.browserSupportsWebAuthnAutofill())) return;
      // Waits, possibly the whole visit, for the shopper to pick a passkey in the e-mail field;
      // the button's own request cancels it. A failure there leaves the password form to use.
      signIn(locale, next, true, failedLabel).catch(() => {});
    });
  }, [locale, next, failedLabel]);

  return (
    <PasskeyButton
      run={() => signIn(locale, next, false, failedLabel)}
      label={label}
      pendingLabel={pendingLabel}
      failedLabel={failedLabel}
    />
  );
}
