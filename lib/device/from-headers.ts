import type { DeviceClass } from './device-class';

/**
 * The device class for targeting, from request headers alone (the proxy sees no screen). The
 * `Sec-CH-UA-Mobile` client hint decides where Chromium sends it; the user agent elsewhere.
 * Same classes as the RUM reporter's, which measures the screen, so the two can disagree on
 * edge cases (a phone in desktop mode): targeting errs towards what the browser claims.
 */
export function deviceFromHeaders(headers: Pick<Headers, 'get'>): DeviceClass {
  const userAgent = headers.get('user-agent') ?? '';
  if (
    /iPad|Tablet|PlayBook|Silk|Kindle/i.test(userAgent) ||
    (/Android/i.test(userAgent) && !/Mobile/i.test(userAgent))
  )
    return 'tablet';
  if (headers.get('sec-ch-ua-mobile') === '?1' || /Mobi|iPhone|iPod|Android/i.test(userAgent))
    return 'phone';
  return 'desktop';
}
