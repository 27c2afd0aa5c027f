import { isLocale, locales } from '@/lib/i18n/markets';
import { loadMessages } from '@/lib/i18n/messages';
import { MANIFEST_CONTENT_TYPE, webManifest } from '@/lib/pwa/web-manifest';

// One file per locale, written at build time: the manifest depends on nothing but the messages.
export const dynamic = 'force-static';
// Any other first segment (/xx-XX/manifest.webmanifest) is a 404 without running GET.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/manifest.webmanifest'>,
): Promise<Response> {
  const { locale } = await params;
  // dynamicParams already refuses unknown locales; this keeps the type honest.
  if (!isLocale(locale)) return new Response('Not Found', { status: 404 });
  const messages = await loadMessages(locale);
  return Response.json(webManifest(locale, messages.Manifest), {
    headers: { 'content-type': MANIFEST_CONTENT_TYPE },
  });
}
