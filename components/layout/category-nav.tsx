import { IntentLink } from '@/components/ui/intent-link';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { catalog } from '@/lib/services/catalog/client';

/**
 * Top-level categories as plain links: keyboard and screen-reader friendly with no client JS.
 * Subcategories live on each category page rather than in a dropdown here, because this menu
 * is in every cached page and page size is what limits how fast cached pages are served.
 */
export async function CategoryNav({ locale, label }: { locale: Locale; label: string }) {
  const tree = await catalog.listCategories(locale);
  // The menu is decoration over the page: if the catalog is down the page still renders.
  if (!tree.ok) return null;
  const roots = tree.value.filter((category) => category.parentId === null);
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 text-sm font-medium">
        {roots.map((category) => (
          <li key={category.id}>
            <IntentLink href={routes.category(locale, category.slug)} className="menu-link">
              {category.name}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
