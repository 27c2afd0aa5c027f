import { NextResponse, type NextRequest } from 'next/server';
import { sameSecret } from '@/lib/security/bearer';
import { OPS_COOKIE } from '@/lib/security/ops-access';
import { issueOpsSession, OPS_SESSION_SECONDS } from '@/lib/security/ops-session';

/**
 * /ops pages live outside the locales, so they skip locale negotiation. A `?token=` link is
 * traded for an httpOnly cookie holding a signed session (never the token) and taken out of the
 * URL by a redirect, so the token stays out
 * of the history, later log lines and Referer headers. A wrong token is removed the same way
 * and sets nothing; the page itself decides who sees it (lib/security/ops-access.ts).
 */
export async function opsToken(request: NextRequest): Promise<NextResponse | undefined> {
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
    response.cookies.set(OPS_COOKIE, await issueOpsSession(expected), {
      httpOnly: true,
      secure: (process.env.SITE_URL ?? '').startsWith('https:'),
      // Strict: no other site can make a browser carry it, not even through a link.
      sameSite: 'strict',
      path: '/',
      maxAge: OPS_SESSION_SECONDS,
    });
  }
  return response;
}
