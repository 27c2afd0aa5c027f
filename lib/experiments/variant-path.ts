/**
 * Where a page's variant combinations live: `/en-US/variants/<code>` for the home page,
 * `/en-US/p/<slug>/variants/<code>` for a product. Internal paths, reached only through the proxy's
 * rewrite; the URL a shopper sees never changes.
 */
export const VARIANT_SEGMENT = 'variants';

export function experimentPath(pathname: string, code: string): string {
  return `${pathname.replace(/\/$/, '')}/${VARIANT_SEGMENT}/${code}`;
}
