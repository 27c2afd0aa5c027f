import { NextResponse, type NextRequest } from 'next/server';
import { sameSecret } from '@/lib/security/bearer';
import { OPS_COOKIE } from '@/lib/security/ops-access';

const EIGHT_HOURS = 8 * 60 * 60;

/**
 * /ops pages live outside the locales, so they skip locale negotiation. A `?token=` link is
 * traded for an httpOnly cookie and taken out of the URL by a redirect, so the token stays out
 * of the history, later log lines and Referer headers. A wrong token is removed the same way
 * and sets nothing; the page itself decides who sees it (lib/security/ops-access.ts).
 */
export function opsToken(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname !== '/ops' && !pathname.startsWith('/ops/')) return undefined;
  const token = searchParams.get('token');
  if (token === null) return NextResponse.next();

  const clean = request.nextUrl.clone();
  clean.searchParams.delete('token');
  const response = NextResponse.redirect(clean, 303);
  response.headers.set('Cache-Control', 'no-store');
  const expected = process.env.OPS_TOKEN;
  if (expected && sameSecret(token, expected)) {
    response.cookies.set(OPS_COOKIE, token, {
      httpOnly: true,
      secure: (process.env.SITE_URL ?? '').startsWith('https:'),
      // Strict: no other site can make a browser carry it, not even through a link.
      sameSite: 'strict',
      path: '/',
      maxAge: EIGHT_HOURS,
    });
  }
  return response;
}
