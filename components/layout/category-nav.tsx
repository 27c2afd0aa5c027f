import Link from 'next/link';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { catalog } from '@/lib/services/catalog/client';

/** Top-level categories as plain links: keyboard and screen-reader friendly with no client JS. */
export async function CategoryNav({ locale, label }: { locale: Locale; label: string }) {
  const tree = await catalog.listCategories(locale);
  // The menu is decoration over the page: if the catalog is down the page still renders.
  if (!tree.ok) return null;
  const roots = tree.value.filter((category) => category.parentId === null);
  return (
    <nav aria-label={label} className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 whitespace-nowrap text-sm font-medium">
        {roots.map((category) => (
          <li key={category.id}>
            <Link href={routes.category(locale, category.slug)} className="block rounded px-2 py-2 text-ink-muted hover:bg-paper-warm hover:text-ink">
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
