import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import type { CatalogImage } from '@/lib/services/catalog/types';
import { colorGalleryCss, LEAD_IMAGE } from './gallery-images';

/**
 * One gallery per colour, all in the cached HTML; a stylesheet shows the one whose colour radio
 * is checked in the purchase form, so the swap needs no script and happens in the same frame as
 * the tap (and without JavaScript at all). Hidden galleries' images are lazy, so they load only
 * once shown (or when the chip is hovered, see PurchasePanel). Every view has the catalog's
 * width and height, so swapping shifts nothing. The first colour's lead image is the page's LCP
 * element: preloaded with high fetch priority.
 */
export async function ProductGallery({
  productId,
  imagesByColor,
}: {
  productId: string;
  /** Keyed by colour value, in the order of the colour choices (the first is the default). */
  imagesByColor: Record<string, CatalogImage[]>;
}) {
  const t = await getTranslations('Product');
  const colors = Object.keys(imagesByColor);
  return (
    <section aria-label={t('gallery')}>
      <style href={`color-gallery-${productId}`} precedence="default">
        {colorGalleryCss(colors)}
      </style>
      {colors.map((color, colorIndex) => (
        <ColorViews
          key={color}
          color={color}
          images={imagesByColor[color] ?? []}
          isDefault={colorIndex === 0}
          imageOf={(index, total) => t('imageOf', { index, total })}
        />
      ))}
    </section>
  );
}

function ColorViews({
  color,
  images,
  isDefault,
  imageOf,
}: {
  color: string;
  images: CatalogImage[];
  isDefault: boolean;
  imageOf: (index: number, total: number) => string;
}) {
  const [lead, ...rest] = images;
  if (!lead) return null;
  return (
    <div
      data-color-gallery={color}
      data-default-gallery={isDefault ? '' : undefined}
      className="flex-col gap-3"
    >
      <div className="overflow-hidden rounded-xl bg-paper-warm">
        <Image
          src={lead.url}
          alt={lead.alt}
          width={lead.width}
          height={lead.height}
          sizes={LEAD_IMAGE.sizes}
          quality={LEAD_IMAGE.quality}
          {...(isDefault ? { preload: true, fetchPriority: 'high' as const } : {})}
          className="h-auto w-full"
        />
      </div>
      {rest.length > 0 && (
        <ul className="grid grid-cols-2 gap-3">
          {rest.map((image, index) => (
            <li key={image.url} className="overflow-hidden rounded-lg bg-paper-warm">
              <Image
                src={image.url}
                alt={image.alt || imageOf(index + 2, images.length)}
                width={image.width}
                height={image.height}
                sizes="(min-width: 1024px) 25vw, 50vw"
                quality={60}
                className="h-auto w-full"
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
