import type { Category } from '@/lib/services/catalog/types';

/** Ancestors of a category, root first, ending with the category itself. */
export function categoryTrail(categories: Category[], categoryId: string): Category[] {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const trail: Category[] = [];
  for (
    let current = byId.get(categoryId);
    current;
    current = current.parentId ? byId.get(current.parentId) : undefined
  ) {
    trail.unshift(current);
    if (trail.length > 16) break; // a cycle in bad data must not hang a render
  }
  return trail;
}

export function childrenOf(categories: Category[], categoryId: string): Category[] {
  return categories.filter((category) => category.parentId === categoryId);
}
