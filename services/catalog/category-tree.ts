import { CATEGORY_TREE } from './data/categories';
import type { CategoryRecord } from './records';

/** Flattens the static tree in tree order (root, its children, next root...). Ids are c001, c002... */
export function buildCategories(): CategoryRecord[] {
  const categories: CategoryRecord[] = [];
  const nextId = () => `c${String(categories.length + 1).padStart(3, '0')}`;

  for (const root of CATEGORY_TREE) {
    const firstChild = root.children[0];
    if (!firstChild) throw new Error(`Category ${root.slug} has no children`);
    const rootRecord: CategoryRecord = {
      index: categories.length,
      id: nextId(),
      slug: root.slug,
      name: root.name,
      parentId: null,
      path: [],
      depth: 0,
      sizes: root.sizes,
      silhouette: firstChild.silhouette,
      leaf: null,
      productIndexes: [],
    };
    rootRecord.path = [rootRecord.id];
    categories.push(rootRecord);

    for (const leaf of root.children) {
      const id = nextId();
      categories.push({
        index: categories.length,
        id,
        slug: leaf.slug,
        name: leaf.name,
        parentId: rootRecord.id,
        path: [rootRecord.id, id],
        depth: 1,
        sizes: root.sizes,
        silhouette: leaf.silhouette,
        leaf,
        productIndexes: [],
      });
    }
  }
  return categories;
}
