import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { childrenOf } from '@/lib/catalog/category-tree';
import type { Locale } from '@/lib/i18n/markets';
import { routes } from '@/lib/routes';
import { catalog } from '@/lib/services/catalog/client';

/**
 * The category menu as native disclosures: keyboard and screen-reader operable with no
 * client JS, and `name` makes opening one close the others.
 */
export async function CategoryNav({ locale, label }: { locale: Locale; label: string }) {
  const [tree, t] = await Promise.all([catalog.listCategories(locale), getTranslations('Header')]);
  // The menu is decoration over the page: if the catalog is down the page still renders.
  if (!tree.ok) return null;
  const roots = tree.value.filter((category) => category.parentId === null);
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 text-sm font-medium">
        {roots.map((root) => (
          <li key={root.id} className="relative">
            <details name="category-menu">
              <summary className="menu-summary">
                {root.name}
              </summary>
              <ul className="menu-panel">
                <li>
                  <Link href={routes.category(locale, root.slug)} className="menu-link font-semibold">
                    {t('shopAll', { category: root.name })}
                  </Link>
                </li>
                {childrenOf(tree.value, root.id).map((child) => (
                  <li key={child.id}>
                    <Link href={routes.category(locale, child.slug)} className="menu-link">
                      {child.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </nav>
  );
}
