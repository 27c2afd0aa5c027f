export interface Image {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export const IMAGE_SIZES = {
  product: { width: 1200, height: 1500 },
  category: { width: 1200, height: 900 },
  hero: { width: 1920, height: 1080 },
} as const;

export const PRODUCT_IMAGE_COUNT = 3;

/** Absolute media URLs, rooted at SERVICES_PUBLIC_URL. */
export function createImageUrls(publicUrl: string) {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    /** View `n` of the product in one of its colours: each colour has its own views. */
    product: (productId: string, color: string, n: number, alt: string): Image => ({
      url: `${base}/media/products/${productId}/${color}/${n}.webp`,
      ...IMAGE_SIZES.product,
      alt,
    }),
    category: (categoryId: string, alt: string): Image => ({
      url: `${base}/media/categories/${categoryId}.webp`,
      ...IMAGE_SIZES.category,
      alt,
    }),
  };
}

export type ImageUrls = ReturnType<typeof createImageUrls>;
