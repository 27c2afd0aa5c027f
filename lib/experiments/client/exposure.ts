import { browserPrivacySignals, mayMeasure } from '@/lib/browser/consent';
import { EVENTS_ENDPOINT, type ExposureEvent } from '../events';

const seenKey = (experiment: string) => `exposure:${experiment}`;

/**
 * One exposure per visitor, experiment and session: the tab's sessionStorage remembers what was
 * sent. Sent like RUM beacons (sendBeacon, text/plain) to the same-origin collector, which
 * checks the claim against the visitor's cookie before counting it. Nothing is sent for a
 * shopper who opted out of measurement.
 */
export function logExposures(
  variants: Readonly<Record<string, string>>,
  locale = document.documentElement.lang,
): void {
  if (!mayMeasure(browserPrivacySignals())) return;
  for (const [experiment, variant] of Object.entries(variants)) {
    try {
      if (sessionStorage.getItem(seenKey(experiment)) === variant) continue;
      sessionStorage.setItem(seenKey(experiment), variant);
    } catch {
      // Storage blocked: send anyway; the events service keeps one exposure per visitor.
    }
    const event: ExposureEvent = { type: 'exposure', experiment, variant, locale };
    const body = JSON.stringify(event);
    if (!navigator.sendBeacon(EVENTS_ENDPOINT, body))
      void fetch(EVENTS_ENDPOINT, { method: 'POST', body, keepalive: true }).catch(() => undefined);
  }
}
