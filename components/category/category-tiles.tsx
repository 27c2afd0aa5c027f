import Image from 'next/image';
import { IntentLink } from '@/components/ui/intent-link';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import type { Category } from '@/lib/services/catalog/types';

/**
 * Image tiles from the sm breakpoint up; on phones a compact list of names. The hidden images
 * are lazy, and Chrome never fetches a lazy image that is not rendered, so phones skip six
 * requests that would compete with the hero for the first seconds.
 */
export function CategoryTiles({ categories, locale }: { categories: Category[]; locale: Locale }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-6">
      {categories.map((category) => (
        <li key={category.id}>
          <IntentLink
            href={routes.category(locale, category.slug)}
            className="group flex flex-col gap-2 rounded-lg border border-paper-line px-4 py-3 sm:border-0 sm:p-0"
          >
            <span className="hidden aspect-[4/3] overflow-hidden rounded-lg bg-paper-warm sm:block">
              <Image
                src={category.image.url}
                alt=""
                width={category.image.width}
                height={category.image.height}
                sizes="(min-width: 1024px) 14vw, (min-width: 640px) 30vw, 46vw"
                quality={60}
                className="h-full w-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
              />
            </span>
            <span className="text-sm font-medium group-hover:underline">{category.name}</span>
          </IntentLink>
        </li>
      ))}
    </ul>
  );
}
