import { COLORS } from './data/colors';
import { sizeLabel } from './data/sizes';
import { ADJECTIVES, CARE, FITS, LABELS, MATERIALS, ORIGINS } from './data/words';
import type { Locale } from './locale';
import type { Brand, CategoryRecord, ProductRecord } from './records';

/** Everything the text builders need about one product, resolved once. */
export interface ProductContext {
  product: ProductRecord;
  category: CategoryRecord;
  brand: Brand;
}

function words({ product, category }: ProductContext, locale: Locale) {
  const leaf = category.leaf;
  if (!leaf) throw new Error(`Product ${product.id} is not in a leaf category`);
  return {
    adjective: ADJECTIVES[product.adjectiveIndex]?.[locale] ?? '',
    material: MATERIALS[leaf.materials][product.materialIndex]?.[locale] ?? '',
    noun: leaf.noun[locale],
    origin: ORIGINS[product.originIndex]?.[locale] ?? '',
    materialGroup: leaf.materials,
  };
}

/** Word order differs per language; grammar is kept deliberately simple. */
export function generatedName(context: ProductContext, locale: Locale): string {
  const { adjective, material, noun } = words(context, locale);
  switch (locale) {
    case 'de-DE':
      return `${adjective} ${noun} aus ${material}`;
    case 'fr-FR':
      return `${noun} ${adjective} en ${material}`;
    case 'ja-JP':
      return `${adjective}${material}${noun}`;
    default:
      return `${adjective} ${material} ${noun}`;
  }
}

export function generatedDescription(context: ProductContext, locale: Locale): string {
  const { material, origin } = words(context, locale);
  const name = generatedName(context, locale);
  const brand = context.brand.name;
  switch (locale) {
    case 'de-DE':
      return `${name} von ${brand}, gefertigt aus ${material}. Hergestellt in ${origin}. Langlebig und pflegeleicht.`;
    case 'fr-FR':
      return `${name} par ${brand}, confectionné en ${material}. Fabriqué en ${origin}. Conçu pour durer et facile d'entretien.`;
    case 'ja-JP':
      return `${brand}の${name}。素材は${material}、${origin}製。長く愛用できる、お手入れ簡単なアイテムです。`;
    default:
      return `The ${name} by ${brand}, made from ${material.toLowerCase()} in ${origin}. Built to last and easy to care for.`;
  }
}

export function specs(
  context: ProductContext,
  locale: Locale,
): Array<{ name: string; value: string }> {
  const { material, origin, materialGroup } = words(context, locale);
  const list = [
    { name: LABELS.material[locale], value: material },
    { name: LABELS.care[locale], value: CARE[materialGroup][locale] },
    { name: LABELS.origin[locale], value: origin },
  ];
  const wearsAFit = context.category.sizes === 'apparel' || context.category.sizes === 'kids';
  const fit = FITS[context.product.fitIndex];
  if (wearsAFit && fit) list.push({ name: LABELS.fit[locale], value: fit[locale] });
  return list;
}

export function variantLabel(color: string, size: string, locale: Locale): string {
  const colorLabel = COLORS.find((candidate) => candidate.value === color)?.label[locale] ?? color;
  return `${colorLabel} / ${sizeLabel(size, locale)}`;
}

export function categoryDescription(category: CategoryRecord, locale: Locale): string {
  const name = category.name[locale];
  switch (locale) {
    case 'de-DE':
      return `Entdecken Sie unsere Auswahl: ${name}.`;
    case 'fr-FR':
      return `Découvrez notre sélection : ${name}.`;
    case 'ja-JP':
      return `${name}のセレクションをご覧ください。`;
    default:
      return `Discover our selection of ${name.toLowerCase()}.`;
  }
}
