'use client';

import { getImageProps } from 'next/image';

// A card is at most 22vw wide on a desktop, 30vw on a tablet and 46vw on a phone.
const SIZES = '(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 46vw';
/** 22vw of a 1920 px screen at 2x is 845 px: no card ever asks for the 1200 and 1920 widths. */
const WIDEST = 828;
/**
 * A card is at least ~165 CSS px wide (46vw of a 360 px phone); only a 1x screen would pick the
 * 256 width, and every srcset entry costs ~125 bytes per card in each cached listing.
 */
const NARROWEST = 384;

/**
 * A product card's image. Next's <Image> would list every configured width in the srcset (the
 * product page's gallery needs the large ones) and carry its eight props in the page's RSC payload,
 * once per card; here a card sends its source and text alone, and the srcset holds only the widths
 * a card can use. Same optimizer URLs, so the cached files are shared with <Image>.
 */
export function CardImage({
  src,
  alt,
  width,
  height,
  eager,
}: {
  src: string;
  alt: string;
  width: number;
  height: number;
  eager?: boolean;
}) {
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes: SIZES,
    quality: 60,
    loading: eager ? 'eager' : 'lazy',
    // An eager card is in the first row on a phone, where one of them is the page's largest
    // paint: fetched first rather than after the scripts the preload scanner finds beside it.
    fetchPriority: eager ? 'high' : undefined,
    className: 'card-image',
  });
  const kept = (props.srcSet ?? '').split(', ').filter((entry) => {
    const width = parseInt(entry.slice(entry.lastIndexOf(' ') + 1), 10);
    return width >= NARROWEST && width <= WIDEST;
  });
  // The fallback `src` (for browsers without srcset) is the widest kept entry, not the 1920.
  const fallback = kept.at(-1)?.split(' ')[0] ?? props.src;
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own optimized props, with a shorter srcset
  return <img {...props} src={fallback} srcSet={kept.join(', ')} alt={alt} />;
}
