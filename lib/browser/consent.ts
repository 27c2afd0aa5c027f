/**
 * Whether this browser may be measured. Do-Not-Track and Global Privacy Control always win; a
 * site can also offer an opt-out that sets the cookie `rum_consent=0` (no banner needed: RUM
 * holds no personal data and no identifier, but a shopper may still say no).
 */
const RUM_CONSENT_COOKIE = 'rum_consent';

export interface PrivacySignals {
  doNotTrack: string | null | undefined;
  globalPrivacyControl: boolean | undefined;
  cookie: string;
}

export function mayMeasure({ doNotTrack, globalPrivacyControl, cookie }: PrivacySignals): boolean {
  if (doNotTrack === '1' || globalPrivacyControl === true) return false;
  return !cookie.split(';').some((pair) => pair.trim() === `${RUM_CONSENT_COOKIE}=0`);
}

export function browserPrivacySignals(): PrivacySignals {
  return {
    doNotTrack: navigator.doNotTrack,
    globalPrivacyControl: (navigator as Navigator & { globalPrivacyControl?: boolean })
      .globalPrivacyControl,
    cookie: document.cookie,
  };
}
