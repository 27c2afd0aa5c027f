import { sceneSvg, type Placement } from './svg';
import type { Catalog } from '../catalog/catalog';
import { COLORS } from '../catalog/data/colors';
import { IMAGE_SIZES } from '../catalog/images';
import type { CategoryRecord, ProductRecord } from '../catalog/records';

const swatch = (colorIndex: number | undefined) => COLORS[colorIndex ?? 0]?.swatch ?? '#999999';

const VIEW_FRAMINGS: Array<Pick<Placement, 'x' | 'y' | 'scale'>> = [
  { x: 0.5, y: 0.5, scale: 0.72 },
  { x: 0.5, y: 0.56, scale: 1.05 },
  { x: 0.4, y: 0.54, scale: 0.6 },
];

/**
 * View `view` of a product in the colour `colorIndex` (an index into COLORS): view 0 whole,
 * view 1 a close-up, view 2 set off-centre, smaller, as a styled shot.
 */
export function productScene(
  catalog: Catalog,
  product: ProductRecord,
  colorIndex: number,
  view: number,
): string {
  const { category } = catalog.context(product);
  const color = swatch(colorIndex);
  const framing = VIEW_FRAMINGS[view] ?? VIEW_FRAMINGS[0]!;
  const { width, height } = IMAGE_SIZES.product;
  return sceneSvg(width, height, color, [{ silhouette: category.silhouette, color, ...framing }]);
}

export function categoryScene(category: CategoryRecord): string {
  const color = swatch(category.index % COLORS.length);
  const { width, height } = IMAGE_SIZES.category;
  return sceneSvg(width, height, color, [
    { silhouette: category.silhouette, color, x: 0.5, y: 0.5, scale: 0.7 },
  ]);
}

export const HERO_NAMES = ['home', 'sale', 'new-arrivals', 'best-sellers'] as const;
export type HeroName = (typeof HERO_NAMES)[number];

const HERO_LINEUPS: Record<HeroName, Placement[]> = {
  home: [
    { silhouette: 'dress', color: swatch(7), x: 0.3, y: 0.5, scale: 0.6 },
    { silhouette: 'bag', color: swatch(5), x: 0.55, y: 0.6, scale: 0.4 },
    { silhouette: 'shoe', color: swatch(3), x: 0.75, y: 0.68, scale: 0.35 },
  ],
  sale: [
    { silhouette: 'tshirt', color: swatch(5), x: 0.35, y: 0.5, scale: 0.55 },
    { silhouette: 'hat', color: swatch(12), x: 0.65, y: 0.55, scale: 0.45 },
  ],
  'new-arrivals': [
    { silhouette: 'jacket', color: swatch(4), x: 0.35, y: 0.5, scale: 0.6 },
    { silhouette: 'boot', color: swatch(9), x: 0.65, y: 0.62, scale: 0.4 },
  ],
  'best-sellers': [
    { silhouette: 'sweater', color: swatch(2), x: 0.32, y: 0.5, scale: 0.6 },
    { silhouette: 'lamp', color: swatch(10), x: 0.68, y: 0.52, scale: 0.5 },
  ],
};

export function heroScene(name: HeroName): string {
  const { width, height } = IMAGE_SIZES.hero;
  return sceneSvg(width, height, swatch(HERO_NAMES.indexOf(name) + 3), HERO_LINEUPS[name]);
}
