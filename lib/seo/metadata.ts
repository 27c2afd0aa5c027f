import type { Metadata } from 'next';
import { locales, type Locale } from '@/lib/i18n/markets';
import { pwaMetadata } from '@/lib/pwa/web-manifest';
import { absoluteUrl } from './absolute-url';
import { alternatesFor } from './alternates';
import { ogImageSize } from './og-image-size';
import { decimalPrice } from './price';
import { siteUrl } from './site-url';

/** The brand is not translated (messages Site.name is the same in every locale). */
export const SITE_NAME = 'Northwind Supply';

/** OpenGraph wants `en_US`, not the BCP 47 `en-US`. */
export function ogLocale(locale: Locale): string {
  return locale.replace('-', '_');
}

interface MetadataImage {
  /** Absolute, or a path on this site. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageMetadataInput {
  locale: Locale;
  /** The page's path without the locale prefix: '' for home, '/p/<slug>', '/c/<slug>'. */
  path: string;
  title: string;
  description: string;
  /**
   * Leave unset on routes with an `opengraph-image.tsx`: Next adds the file-based image itself
   * (and file-based images win over this one anyway).
   */
  image?: MetadataImage;
  /** 'product' is not an OpenGraph type Next knows, so it is written through `other`. */
  type?: 'website' | 'product';
  /** Product price for `product:price:*` tags; amount in minor units like every Money. */
  price?: { amount: number; currency: string };
  noindex?: boolean;
  /** `title` is used as is, not through the layout's "%s | Site" template. */
  absoluteTitle?: boolean;
  siteName?: string;
  /** Origin for absolute URLs; defaults to SITE_URL. */
  site?: string;
}

/** Canonical + hreflang (x-default included) as absolute URLs. */
function absoluteAlternates(
  locale: Locale,
  path: string,
  site: string = siteUrl(),
): NonNullable<Metadata['alternates']> {
  const relative = alternatesFor(locale, path) ?? {};
  const languages = Object.fromEntries(
    Object.entries(relative.languages ?? {}).map(([hreflang, href]) => [
      hreflang,
      absoluteUrl(String(href), site),
    ]),
  );
  return { canonical: absoluteUrl(String(relative.canonical), site), languages };
}

/**
 * Everything a page needs for search and link previews: canonical and hreflang alternates,
 * OpenGraph and Twitter cards, and robots when the page must stay out of the index.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const {
    locale,
    path,
    title,
    description,
    image,
    type = 'website',
    price,
    noindex,
    absoluteTitle,
  } = input;
  const site = input.site ?? siteUrl();
  const siteName = input.siteName ?? SITE_NAME;
  const alternates = absoluteAlternates(locale, path, site);
  const url = String(alternates.canonical);
  const images = image ? [{ ...image, url: absoluteUrl(image.url, site) }] : undefined;
  const openGraphBase = {
    title,
    description,
    url,
    siteName,
    locale: ogLocale(locale),
    alternateLocale: locales.filter((l) => l !== locale).map(ogLocale),
    ...(images && { images }),
  };
  const other: Record<string, string> = {};
  if (type === 'product') {
    other['og:type'] = 'product';
    if (price) {
      other['product:price:amount'] = decimalPrice(price.amount, price.currency);
      other['product:price:currency'] = price.currency;
    }
  }
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates,
    openGraph: type === 'website' ? { ...openGraphBase, type: 'website' } : openGraphBase,
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      ...(images && { images: images.map(({ url: imageUrl, alt }) => ({ url: imageUrl, alt })) }),
    },
    ...(noindex && { robots: { index: false, follow: true } }),
    ...(Object.keys(other).length > 0 && { other }),
  };
}

/** Defaults every page inherits from the locale layout; pages override what they know better. */
export function siteMetadataDefaults({
  locale,
  description,
  siteName = SITE_NAME,
  appTitle = siteName,
  site = siteUrl(),
}: {
  locale: Locale;
  description: string;
  siteName?: string;
  /** The name under a home-screen icon: short, as iOS cuts it at about 12 characters. */
  appTitle?: string;
  site?: string;
}): Metadata {
  return {
    metadataBase: new URL(site),
    title: { default: siteName, template: `%s | ${siteName}` },
    description,
    applicationName: siteName,
    ...pwaMetadata(locale, appTitle),
    openGraph: {
      type: 'website',
      siteName,
      locale: ogLocale(locale),
      alternateLocale: locales.filter((l) => l !== locale).map(ogLocale),
      title: siteName,
      description,
    },
    twitter: { card: 'summary_large_image', title: siteName, description },
  };
}

/**
 * A variant route's metadata (app/[locale]/…/variants/[code]) with the OpenGraph card of the plain
 * route it stands in for: Next attaches an opengraph-image.tsx only to its own segment's page,
 * and the variant path is internal (the proxy refuses it from outside), so the card is linked
 * at the plain page's URL.
 */
export function withPlainPageImage(
  metadata: Metadata,
  plainPath: string,
  alt: string = SITE_NAME,
): Metadata {
  const image = {
    url: absoluteUrl(`${plainPath}/opengraph-image`, siteUrl()),
    ...ogImageSize,
    alt,
  };
  return {
    ...metadata,
    openGraph: { ...metadata.openGraph, images: [image] },
    twitter: { ...metadata.twitter, images: [{ url: image.url, alt }] },
  };
}
