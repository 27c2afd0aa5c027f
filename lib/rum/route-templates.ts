/**
 * Route templates RUM records are labelled with: the App Router's own names, never a raw URL or
 * query (no personal data, and a bounded number of label values). The browser maps its path to
 * one of these; the collector refuses anything else. Add a row when a page is added.
 */
const ROUTE_TEMPLATES = [
  { template: '/[locale]', pattern: /^\/[a-z]{2}-[A-Z]{2}\/?$/ },
  { template: '/[locale]/c/[slug]', pattern: /^\/[a-z]{2}-[A-Z]{2}\/c\/[^/]+\/?$/ },
  { template: '/[locale]/c/[slug]/filter', pattern: /^\/[a-z]{2}-[A-Z]{2}\/c\/[^/]+\/filter\/?$/ },
  { template: '/[locale]/p/[slug]', pattern: /^\/[a-z]{2}-[A-Z]{2}\/p\/[^/]+\/?$/ },
  { template: '/[locale]/search', pattern: /^\/[a-z]{2}-[A-Z]{2}\/search\/?$/ },
  { template: '/[locale]/cart', pattern: /^\/[a-z]{2}-[A-Z]{2}\/cart\/?$/ },
  {
    template: '/[locale]/checkout/[step]',
    pattern: /^\/[a-z]{2}-[A-Z]{2}\/checkout(\/[^/]+)?\/?$/,
  },
  { template: '/[locale]/order/lookup', pattern: /^\/[a-z]{2}-[A-Z]{2}\/order\/lookup\/?$/ },
  { template: '/[locale]/order/[orderId]', pattern: /^\/[a-z]{2}-[A-Z]{2}\/order\/[^/]+\/?$/ },
] as const;

export type RouteTemplate = (typeof ROUTE_TEMPLATES)[number]['template'] | '/[locale]/[...rest]';

export const ROUTE_TEMPLATE_NAMES: readonly RouteTemplate[] = [
  ...ROUTE_TEMPLATES.map((route) => route.template),
  '/[locale]/[...rest]',
];

/** The template of a path (query and hash ignored); unknown paths are the catch-all page. */
export function routeTemplate(pathname: string): RouteTemplate {
  const path = pathname.split(/[?#]/)[0] ?? '';
  return (
    ROUTE_TEMPLATES.find((route) => route.pattern.test(path))?.template ?? '/[locale]/[...rest]'
  );
}
