'use client';

import { usePathname } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import { signedInStore } from './signed-in-store';

const signedOut = () => false;

/**
 * The header's account link. Its text and target are the same for everybody (the header is part
 * of cached pages; the account page sends a signed-out shopper to sign-in); a signed-in shopper
 * sees a dot on it, placed over the text so nothing moves when it appears.
 */
export function AccountLink({
  href,
  label,
  signedInLabel,
}: {
  href: string;
  label: string;
  signedInLabel: string;
}) {
  // Signing in or out ends in a navigation: re-rendering on it re-reads the cookie.
  usePathname();
  const signedIn = useSyncExternalStore(
    signedInStore.subscribe,
    signedInStore.isSignedIn,
    signedOut,
  );
  return (
    <a
      href={href}
      className="relative shrink-0 text-sm font-semibold whitespace-nowrap hover:underline"
    >
      {label}
      {signedIn && (
        <>
          <span
            aria-hidden="true"
            data-testid="signed-in-dot"
            className="absolute -top-1 -right-2.5 size-2 rounded-full bg-brand"
          />
          <span className="sr-only"> ({signedInLabel})</span>
        </>
      )}
    </a>
  );
}
