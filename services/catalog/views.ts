import { COLORS } from './data/colors';
import { sizeLabel, SIZE_RUNS } from './data/sizes';
import { LABELS } from './data/words';
import type { Catalog } from './catalog';
import { PRODUCT_IMAGE_COUNT, type Image, type ImageUrls } from './images';
import type { Locale } from './locale';
import type { Currency, Money } from './money';
import type { CategoryRecord, ProductRecord } from './records';
import { categoryDescription, specs } from './text';

export interface CategoryView {
  id: string;
  slug: string;
  name: string;
  description: string;
  parentId: string | null;
  path: string[];
  depth: 0 | 1;
  productCount: number;
  image: Image;
}

export interface ProductSummaryView {
  id: string;
  slug: string;
  name: string;
  brand: { id: string; name: string; slug: string };
  categoryId: string;
  image: Image;
  /** The colour `image` shows (a listing filtered by colour shows the product in it). */
  imageColor: string;
  price: Money;
  compareAtPrice: Money | null;
  /** Mean of the published reviews' stars, one decimal; 0 with no review. */
  rating: number;
  reviewCount: number;
  createdAt: string;
  rank: number;
}

export interface ProductView extends ProductSummaryView {
  description: string;
  specs: Array<{ name: string; value: string }>;
  /** The first colour's views, as `imagesByColor` has them. */
  images: Image[];
  /** Every colour's own views, keyed by colour value: the gallery follows the chosen colour. */
  imagesByColor: Record<string, Image[]>;
  categoryPath: string[];
  options: Array<{
    name: 'color' | 'size';
    label: string;
    values: Array<{ value: string; label: string; swatch?: string }>;
  }>;
  variants: Array<{
    sku: string;
    options: { color: string; size: string };
    price: Money;
    compareAtPrice: Money | null;
  }>;
  updatedAt: string;
}

/** Turns internal records into the localized, priced JSON shapes of the API. */
export class CatalogViews {
  constructor(
    private readonly catalog: Catalog,
    private readonly images: ImageUrls,
    /** Stars and count from the published reviews (services/reviews). */
    private readonly ratingOf: (product: ProductRecord) => { average: number; count: number },
  ) {}

  category(category: CategoryRecord, locale: Locale): CategoryView {
    const name = category.name[locale];
    return {
      id: category.id,
      slug: category.slug,
      name,
      description: categoryDescription(category, locale),
      parentId: category.parentId,
      path: category.path,
      depth: category.depth,
      productCount: category.productIndexes.length,
      image: this.images.category(category.id, name),
    };
  }

  /**
   * A product for listings. Its image shows the first of `colors` the product comes in (the
   * colours a listing is filtered by), else its first colour.
   */
  summary(
    product: ProductRecord,
    locale: Locale,
    currency: Currency,
    colors: readonly string[] = [],
  ): ProductSummaryView {
    const { brand, category } = this.catalog.context(product);
    const name = this.catalog.name(product, locale);
    const own = this.colorsOf(product);
    const shown = own.find((color) => colors.includes(color.value)) ?? own[0];
    const rating = this.ratingOf(product);
    return {
      id: product.id,
      slug: product.slug,
      name,
      brand,
      categoryId: category.id,
      image: this.images.product(product.id, shown?.value ?? '', 0, name),
      imageColor: shown?.value ?? '',
      price: this.catalog.price(product, currency),
      compareAtPrice: this.catalog.compareAtPrice(product, currency),
      rating: rating.average,
      reviewCount: rating.count,
      createdAt: new Date(product.createdAt).toISOString(),
      rank: product.rank,
    };
  }

  product(product: ProductRecord, locale: Locale, currency: Currency): ProductView {
    const summary = this.summary(product, locale, currency);
    const { category } = this.catalog.context(product);
    const colors = this.colorsOf(product);
    const imagesByColor = Object.fromEntries(
      colors.map((color) => [
        color.value,
        Array.from({ length: PRODUCT_IMAGE_COUNT }, (_, n) =>
          this.images.product(
            product.id,
            color.value,
            n,
            `${summary.name}, ${color.label[locale]} – ${LABELS.view[locale]} ${n + 1}`,
          ),
        ),
      ]),
    );
    return {
      ...summary,
      description: this.catalog.description(product, locale),
      specs: specs(this.catalog.context(product), locale),
      images: imagesByColor[colors[0]?.value ?? ''] ?? [],
      imagesByColor,
      categoryPath: category.path,
      options: [
        {
          name: 'color',
          label: LABELS.color[locale],
          values: colors.map((color) => ({
            value: color.value,
            label: color.label[locale],
            swatch: color.swatch,
          })),
        },
        {
          name: 'size',
          label: LABELS.size[locale],
          values: SIZE_RUNS[category.sizes].map((size) => ({
            value: size,
            label: sizeLabel(size, locale),
          })),
        },
      ],
      variants: this.catalog.variants(product).map((variant) => ({
        sku: variant.sku,
        options: { color: variant.color, size: variant.size },
        price: summary.price,
        compareAtPrice: summary.compareAtPrice,
      })),
      updatedAt: this.catalog.updatedAt(product),
    };
  }

  private colorsOf(product: ProductRecord) {
    return product.colorIndexes.flatMap((index) => COLORS[index] ?? []);
  }
}
