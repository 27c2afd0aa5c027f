import type { WebpRenderer } from './renderer';
import { categoryScene, heroScene, HERO_NAMES, productScene, type HeroName } from './scenes';
import type { Catalog } from '../catalog/catalog';
import { COLORS } from '../catalog/data/colors';
import { PRODUCT_IMAGE_COUNT } from '../catalog/images';
import { notFound } from '../framework/errors';
import type { HttpResult, Route } from '../framework/types';

const isHeroName = (name: string): name is HeroName =>
  (HERO_NAMES as readonly string[]).includes(name);

/** Image bytes never change for a given URL, so clients may cache them forever. */
async function webp(bytes: Promise<Buffer>): Promise<HttpResult> {
  return {
    status: 200,
    bytes: await bytes,
    headers: {
      'content-type': 'image/webp',
      'cache-control': 'public, max-age=31536000, immutable',
    },
  };
}

export function mediaRoutes(catalog: Catalog, renderer: WebpRenderer): Route[] {
  return [
    {
      method: 'GET',
      template: '/media/products/{productId}/{color}/{file}',
      service: 'media',
      handler: ({ params }) => {
        const product = catalog.product(params.productId ?? '');
        const view = /^([0-9])\.webp$/.exec(params.file ?? '')?.[1];
        const colorIndex = COLORS.findIndex((color) => color.value === params.color);
        if (
          !product ||
          view === undefined ||
          Number(view) >= PRODUCT_IMAGE_COUNT ||
          !product.colorIndexes.includes(colorIndex)
        )
          throw notFound('Image');
        return webp(
          renderer.render(`p:${product.id}:${colorIndex}:${view}`, () =>
            productScene(catalog, product, colorIndex, Number(view)),
          ),
        );
      },
    },
    {
      method: 'GET',
      template: '/media/categories/{file}',
      service: 'media',
      handler: ({ params }) => {
        const category = catalog.category((params.file ?? '').replace(/\.webp$/, ''));
        if (!category || !params.file?.endsWith('.webp')) throw notFound('Image');
        return webp(renderer.render(`c:${category.id}`, () => categoryScene(category)));
      },
    },
    {
      method: 'GET',
      template: '/media/hero/{file}',
      service: 'media',
      handler: ({ params }) => {
        const name = (params.file ?? '').replace(/\.webp$/, '');
        if (!isHeroName(name) || !params.file?.endsWith('.webp')) throw notFound('Image');
        return webp(renderer.render(`h:${name}`, () => heroScene(name)));
      },
    },
  ];
}
