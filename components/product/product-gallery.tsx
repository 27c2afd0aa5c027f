import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import type { CatalogImage } from '@/lib/services/catalog/types';

/**
 * The first image is the page's LCP element: preloaded with high fetch priority. Fixed
 * aspect ratios from the catalog's width/height mean nothing shifts as images arrive.
 */
export async function ProductGallery({ images }: { images: CatalogImage[] }) {
  const t = await getTranslations('Product');
  const [lead, ...rest] = images;
  if (!lead) return null;
  return (
    <section aria-label={t('gallery')} className="flex flex-col gap-3">
      <div className="overflow-hidden rounded-xl bg-paper-warm">
        <Image
          src={lead.url}
          alt={lead.alt}
          width={lead.width}
          height={lead.height}
          sizes="(min-width: 1024px) 50vw, 100vw"
          preload
          fetchPriority="high"
          quality={75}
          className="h-auto w-full"
        />
      </div>
      {rest.length > 0 && (
        <ul className="grid grid-cols-2 gap-3">
          {rest.map((image, index) => (
            <li key={image.url} className="overflow-hidden rounded-lg bg-paper-warm">
              <Image
                src={image.url}
                alt={image.alt || t('imageOf', { index: index + 2, total: images.length })}
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
    </section>
  );
}
