import { evaluate, serialize } from 'flags/next';
import { NextResponse, type NextRequest } from 'next/server';
import type { Locale } from '@/lib/i18n/markets';
import { experiments } from '@/lib/experiments/definitions';
import { deviceFromHeaders } from '@/lib/experiments/device';
import type { ExperimentPage } from '@/lib/experiments/experiment';
import { pageFlags, visitorRequest } from '@/lib/experiments/flags';
import { OVERRIDE_COOKIE, OVERRIDE_PARAM, resolveOverrides } from '@/lib/experiments/overrides';
import { experimentPath, VARIANT_SEGMENT } from '@/lib/experiments/variant-path';
import { isVisitorId, newVisitorId, VISITOR_COOKIE, VISITOR_COOKIE_MAX_AGE } from '@/lib/experiments/visitor-id';
import { isBot } from '@/lib/rum/bots';
import { localeOfPath } from './locale';

const cookieBase = () => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', secure: (process.env.SITE_URL ?? '').startsWith('https:') });

/**
 * Pages under experiment (home, product) are rewritten to the path of their variant
 * combination, `<page>/x/<code>`, where the code is the Flags SDK's signed serialization of the
 * visitor's variants. Each combination is an ISR page of its own, so assignment costs no
 * rendering. The visitor id cookie is set on the first visit (never for crawlers). The variant
 * paths themselves answer 404 from outside: a shared or guessed code must not bypass assignment.
 */
export async function assignExperiments(request: NextRequest): Promise<NextResponse | undefined> {
  try {
    return await assign(request);
  } catch (error) {
    // Experiments are never worth a failed page: the plain page (everyone's control) it is.
    console.error('experiments: assignment failed, serving the plain page', error);
    return undefined;
  }
}

async function assign(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname, searchParams } = request.nextUrl;
  const locale = localeOfPath(pathname) as Locale | undefined;
  if (!locale) return undefined;
  if (pathname.split('/').includes(VARIANT_SEGMENT)) return new NextResponse(null, { status: 404 });
  const page = experimentPage(pathname, locale);
  const secret = process.env.FLAGS_SECRET;
  if (!page || !secret || pageFlags(page).length === 0) return undefined;
  const bot = isBot(request.headers.get('user-agent'));
  // Crawlers get the plain page: every experiment's control, no cookie.
  if (bot) return varying(NextResponse.next());

  const known = request.cookies.get(VISITOR_COOKIE)?.value;
  const id = isVisitorId(known) ? known : newVisitorId();
  const flags = pageFlags(page);
  const assigned = await evaluate(flags, visitorRequest({ id, locale, device: deviceFromHeaders(request.headers), bot }));
  const { overrides, cookie: overrideCookie } = resolveOverrides(searchParams.get(OVERRIDE_PARAM), request.cookies.get(OVERRIDE_COOKIE)?.value, experiments);
  const values = flags.map((flag, i) => overrides[flag.key] ?? assigned[i]);

  const target = request.nextUrl.clone();
  target.pathname = experimentPath(pathname, await serialize(flags, values, secret));
  const response = NextResponse.rewrite(target);
  if (id !== known) {
    response.cookies.set(VISITOR_COOKIE, id, { ...cookieBase(), maxAge: VISITOR_COOKIE_MAX_AGE });
    // A response that sets the id is this visitor's alone: no shared cache may keep it.
    response.headers.set('Cache-Control', 'private, no-cache');
  }
  if (overrideCookie === null) response.cookies.delete(OVERRIDE_COOKIE);
  else if (overrideCookie !== undefined) response.cookies.set(OVERRIDE_COOKIE, overrideCookie, cookieBase());
  return varying(response);
}

/**
 * What the page depends on besides its URL: a shared cache in front that does not run this
 * step at its edge must not hand one visitor's variant (or the crawler page) to another.
 */
function varying(response: NextResponse): NextResponse {
  response.headers.set('Vary', 'Cookie, User-Agent');
  return response;
}

function experimentPage(pathname: string, locale: Locale): ExperimentPage | undefined {
  const rest = pathname.slice(locale.length + 1);
  if (rest === '' || rest === '/') return 'home';
  if (/^\/p\/[^/]+\/?$/.test(rest)) return 'product';
  return undefined;
}
