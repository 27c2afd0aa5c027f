import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { Product, ProductSummary } from '@/lib/services/catalog/types';
import type { Review } from '@/lib/services/reviews/client';
import { absoluteUrl } from './absolute-url';
import { SITE_NAME } from './metadata';
import { decimalPrice } from './price';
import { siteUrl } from './site-url';

/** A schema.org node as plain JSON. */
export type JsonLdNode = { '@context'?: 'https://schema.org'; '@type': string } & {
  [key: string]: unknown;
};

type StockStatus = 'in_stock' | 'low_stock' | 'out_of_stock';

const AVAILABILITY: Record<StockStatus, string> = {
  in_stock: 'https://schema.org/InStock',
  low_stock: 'https://schema.org/LimitedAvailability',
  out_of_stock: 'https://schema.org/OutOfStock',
};

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for an inline `<script type="application/ld+json">`: the characters that could end the
 * script element or an HTML comment (`<`, `>`, `&`) and the JS line terminators are written as
 * \u escapes, which JSON.parse reads back to the same string.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (char) => ESCAPES[char]!);
}

export interface ProductJsonLdOptions {
  locale: Locale;
  /** The product page's canonical URL (absolute, or a path); defaults to routes.product. */
  url?: string;
  /** Live stock per SKU; without it offers carry no availability (a cached page cannot know it). */
  availabilityBySku?: ReadonlyMap<string, StockStatus>;
  /** The reviews the page shows: only those go into `review` (never more than a shopper sees). */
  reviews?: readonly Review[];
}

/** schema.org Product with one Offer per variant (price in the market currency, as a decimal string). */
export function productJsonLd(
  product: Product,
  { locale, url, availabilityBySku, reviews = [] }: ProductJsonLdOptions,
): JsonLdNode {
  const site = siteUrl();
  const pageUrl = absoluteUrl(url ?? routes.product(locale, product.slug), site);
  const offers = product.variants.map((variant) => {
    const query = new URLSearchParams({ color: variant.options.color, size: variant.options.size });
    const status = availabilityBySku?.get(variant.sku);
    return {
      '@type': 'Offer',
      sku: variant.sku,
      url: `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}${query.toString()}`,
      price: decimalPrice(variant.price.amount, variant.price.currency),
      priceCurrency: variant.price.currency,
      itemCondition: 'https://schema.org/NewCondition',
      ...(status && { availability: AVAILABILITY[status] }),
    };
  });
  const images = (product.images.length > 0 ? product.images : [product.image]).map(
    (image) => image.url,
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${pageUrl}#product`,
    productID: product.id,
    name: product.name,
    description: product.description,
    url: pageUrl,
    image: images,
    brand: { '@type': 'Brand', name: product.brand.name },
    inLanguage: locale,
    ...(product.reviewCount > 0 && {
      aggregateRating: {
        '@type': 'AggregateRating',
        ratingValue: product.rating,
        reviewCount: product.reviewCount,
        bestRating: 5,
        worstRating: 1,
      },
    }),
    ...(reviews.length > 0 && { review: reviews.map(reviewJsonLd) }),
    offers,
  };
}

function reviewJsonLd(review: Review): JsonLdNode {
  return {
    '@type': 'Review',
    name: review.title,
    reviewBody: review.body,
    inLanguage: review.locale,
    datePublished: review.createdAt.slice(0, 10),
    author: { '@type': 'Person', name: review.authorName },
    reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 5, worstRating: 1 },
  };
}

export interface BreadcrumbItem {
  name: string;
  /** Absolute or a path; may be left out on the last item (the current page). */
  url?: string;
}

export function breadcrumbJsonLd(items: BreadcrumbItem[]): JsonLdNode {
  const site = siteUrl();
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      ...(item.url && { item: absoluteUrl(item.url, site) }),
    })),
  };
}

/** A listing (home best sellers, a category page) as an ItemList of product page URLs. */
export function itemListJsonLd(
  products: readonly ProductSummary[],
  urlOf: (product: ProductSummary) => string,
  options: { name?: string } = {},
): JsonLdNode {
  const site = siteUrl();
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    ...(options.name && { name: options.name }),
    numberOfItems: products.length,
    itemListElement: products.map((product, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      url: absoluteUrl(urlOf(product), site),
      name: product.name,
    })),
  };
}

export function organizationJsonLd(): JsonLdNode {
  const site = siteUrl();
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${site}/#organization`,
    name: SITE_NAME,
    url: `${site}/`,
    logo: `${site}/icon.svg`,
  };
}

/** WebSite with a sitelinks search box pointing at this locale's search page. */
export function webSiteJsonLd(locale: Locale): JsonLdNode {
  const site = siteUrl();
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${site}/${locale}#website`,
    name: SITE_NAME,
    url: absoluteUrl(routes.home(locale), site),
    inLanguage: locale,
    publisher: { '@id': `${site}/#organization` },
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(routes.home(locale), site)}/search?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  };
}
