import { getImageProps } from 'next/image';
import { preload } from 'react-dom';
import { afterLoadWhenIdle } from '@/lib/browser/after-load';
import type { CatalogImage } from '@/lib/services/catalog/types';

/** The lead image's sizing, shared by the gallery and the preload of a colour's lead image. */
export const LEAD_IMAGE = { sizes: '(min-width: 1024px) 50vw, 100vw', quality: 75 } as const;

/** A colour's lead image: enough to preload the file its <img> will pick. */
export interface LeadImage {
  src: string;
  width: number;
  height: number;
}

/** Colour values go into CSS selectors: the catalog's are slugs, anything else is left out. */
const SAFE_VALUE = /^[a-z0-9-]+$/;

/**
 * Shows the gallery of the colour whose radio is checked in the purchase form, else the
 * default one (before any radio exists, e.g. while the form is still streaming).
 */
export function colorGalleryCss(colors: string[]): string {
  const chosen = (color: string) =>
    `main:has(input[name="color"][value="${color}"]:checked) [data-color-gallery="${color}"]{display:flex}`;
  return [
    '[data-color-gallery]{display:none}',
    '[data-default-gallery]{display:flex}',
    'main:has(input[name="color"]:checked) [data-default-gallery]{display:none}',
    ...colors.filter((color) => SAFE_VALUE.test(color)).map(chosen),
  ].join('\n');
}

/** Each colour's lead image, for preloading on hover or focus of its chip. */
export function leadImages(
  imagesByColor: Record<string, CatalogImage[]>,
): Record<string, LeadImage> {
  const leads: Record<string, LeadImage> = {};
  for (const [color, [lead]] of Object.entries(imagesByColor)) {
    if (lead) leads[color] = { src: lead.url, width: lead.width, height: lead.height };
  }
  return leads;
}

/**
 * Fetches the file the gallery's lead <img> will pick for this image (same sizes and quality,
 * so the same srcset entry), at high priority: the gallery swaps to it on the tap that follows.
 */
export function preloadLeadImage(lead: LeadImage | undefined): void {
  if (!lead) return;
  const { props } = getImageProps({ ...lead, alt: '', ...LEAD_IMAGE });
  preload(props.src, {
    as: 'image',
    imageSrcSet: props.srcSet,
    imageSizes: props.sizes,
    fetchPriority: 'high',
  });
}

interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/**
 * Offline, a colour can only be shown if its views were fetched while online, and the worker
 * keeps what was fetched. So a page the worker controls fetches each colour's lead image (the
 * same srcset entry the gallery would pick) once the page is idle, at low priority; not when the
 * shopper saves data or is on a 2G connection. The other views of a colour come with its lead
 * only if they were shown.
 */
export function keepColorLeadsForOffline(leads: Record<string, LeadImage>): void {
  if (!navigator.serviceWorker?.controller) return;
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  if (connection?.saveData || /2g/.test(connection?.effectiveType ?? '')) return;
  afterLoadWhenIdle(() => {
    for (const lead of Object.values(leads)) {
      const { props } = getImageProps({ ...lead, alt: '', ...LEAD_IMAGE });
      const image = new Image();
      image.fetchPriority = 'low';
      image.sizes = props.sizes ?? '';
      image.srcset = props.srcSet ?? '';
      image.src = props.src;
    }
  }, 5_000);
}
