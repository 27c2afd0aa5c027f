import { SIGNED_IN_COOKIE } from '@/lib/account/signed-in-cookie-name';

const listeners = new Set<() => void>();

/**
 * Whether this browser holds a session, from the hint cookie account actions set beside the
 * httpOnly session cookie. Read after hydration only: cached pages are the same document for
 * everybody, so the server renders the signed-out state.
 */
export const signedInStore = {
  isSignedIn(): boolean {
    return document.cookie.split('; ').some((pair) => pair === `${SIGNED_IN_COOKIE}=1`);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    // Another tab may have signed in or out meanwhile.
    window.addEventListener('focus', listener);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('focus', listener);
    };
  },
  /** After an action that signed in or out, so the header follows without a reload. */
  changed(): void {
    for (const listener of listeners) listener();
  },
};
