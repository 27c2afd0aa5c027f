import { siteUrl } from './site-url';

/** A path ("/en-US/p/x") on this site as an absolute URL; absolute URLs pass through unchanged. */
export function absoluteUrl(pathOrUrl: string, site: string = siteUrl()): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  const origin = site.replace(/\/$/, '');
  return `${origin}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}
