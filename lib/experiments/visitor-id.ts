/**
 * The anonymous visitor id: a random UUID in one first-party cookie, set by the proxy on the
 * first page view and never changed. It carries nothing about the shopper. It is not signed:
 * someone who edits it only picks their own bucket; a value that is not a UUID is replaced.
 */
export const VISITOR_COOKIE = 'vid';
export const VISITOR_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isVisitorId(value: string | undefined): value is string {
  return value !== undefined && UUID.test(value);
}

export function newVisitorId(): string {
  return crypto.randomUUID();
}

/** The visitor id and the QA override cookie: first-party, never readable by scripts. */
export function experimentCookieOptions() {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: (process.env.SITE_URL ?? '').startsWith('https:'),
  };
}
