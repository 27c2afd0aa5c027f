import { describe, expect, it } from 'vitest';
import type { ContractClient } from '../contract-client';
import type { components as catalog } from '@/lib/services/catalog/schema';
import type { components as search } from '@/lib/services/search/schema';

type ProductPage = catalog['schemas']['ProductPage'];
type Category = catalog['schemas']['Category'];

export function catalogScenarios(client: () => ContractClient): void {
  describe('catalog', () => {
    it('answers categories in every locale as documented, and 404 / 400 for unknown ones', async () => {
      const api = client();
      const { body } = await api.send<{ items: Category[] }>(200, 'GET', '/catalog/categories');
      const child = body.items.find((category) => category.parentId !== null)!;
      await api.send(200, 'GET', '/catalog/categories?locale=ja-JP');
      await api.send(200, 'GET', `/catalog/categories/${child.id}?locale=de-DE`);
      await api.send(200, 'GET', `/catalog/categories/${child.slug}`);
      await api.send(404, 'GET', '/catalog/categories/no-such-category');
      await api.send(400, 'GET', '/catalog/categories?locale=xx-XX');
      await api.send(400, 'GET', `/catalog/categories/${child.id}?locale=xx-XX`);
      await api.send(200, 'GET', '/catalog/brands');
    });

    it('answers listings (pages, cursors, filters, facets) as documented', async () => {
      const api = client();
      const first = await api.send<ProductPage>(200, 'GET', '/catalog/products?limit=5');
      expect(first.body.nextCursor).not.toBeNull();
      await api.send(200, 'GET', `/catalog/products?limit=5&cursor=${first.body.nextCursor}`);
      const brand = first.body.facets.brands[0]!.value;
      const color = first.body.facets.colors[0]!.value;
      // Filters make `applied` and the selected-at-zero facet values show up in the answer.
      const filtered =
        `brand=${brand},unknown-brand&color=${color}&size=M,42&priceMin=100&priceMax=90000` +
        '&inStock=true&currency=EUR&locale=fr-FR&sort=price_desc';
      await api.send(200, 'GET', `/catalog/products?${filtered}`);
      // A range nothing falls into: an empty page whose facets still count the other filters.
      await api.send(200, 'GET', '/catalog/products?priceMin=0&priceMax=0');
      await api.send(200, 'GET', '/catalog/products?collection=new-arrivals&currency=JPY');
      const { body } = await api.send<{ items: Category[] }>(200, 'GET', '/catalog/categories');
      await api.send(200, 'GET', `/catalog/products?category=${body.items[0]!.slug}&limit=100`);
      await api.send(404, 'GET', '/catalog/products?category=no-such-category');
      await api.send(400, 'GET', '/catalog/products?priceMin=500&priceMax=100');
      await api.send(400, 'GET', '/catalog/products?cursor=not-a-cursor');
    });

    it('answers product slugs and products as documented, and 404 / 400 for bad input', async () => {
      const api = client();
      await api.send(200, 'GET', '/catalog/product-slugs?limit=10');
      await api.send(200, 'GET', '/catalog/product-slugs?offset=100000');
      await api.send(400, 'GET', '/catalog/product-slugs?limit=0');
      const page = await api.send<ProductPage>(200, 'GET', '/catalog/products?limit=1');
      const product = page.body.items[0]!;
      await api.send(200, 'GET', `/catalog/products/${product.id}?locale=ja-JP&currency=JPY`);
      await api.send(200, 'GET', `/catalog/products/${product.slug}`);
      await api.send(404, 'GET', '/catalog/products/p999999');
      await api.send(400, 'GET', `/catalog/products/${product.id}?currency=GBP`);
    });
  });
}

export function searchScenarios(client: () => ContractClient): void {
  describe('search', () => {
    it('answers searches with and without hits as documented, and 400 for a bad q', async () => {
      const api = client();
      const page = await api.send<ProductPage>(200, 'GET', '/catalog/products?limit=1');
      const word = page.body.items[0]!.name.split(' ').at(-1)!.toLowerCase();
      const hits = await api.send<search['schemas']['ProductPage']>(
        200,
        'GET',
        `/search/products?q=${encodeURIComponent(word)}&limit=3&inStock=true&sort=price_asc`,
      );
      expect(hits.body.total).toBeGreaterThan(0);
      await api.send(200, 'GET', `/search/products?q=${hits.body.items[0]!.name.slice(0, 3)}`);
      const nothing = await api.send<search['schemas']['ProductPage']>(
        200,
        'GET',
        `/search/products?q=${word.slice(0, 2)}qzx${word.slice(2)}`,
      );
      expect(nothing.body.items).toEqual([]);
      await api.send(200, 'GET', `/search/products?q=${encodeURIComponent('シャツ')}&locale=ja-JP`);
      await api.send(400, 'GET', '/search/products?q=%20');
      await api.send(400, 'GET', `/search/products?q=${'a'.repeat(201)}`);
    });

    it('answers suggestions as documented, and 400 for a bad limit', async () => {
      const api = client();
      const { body } = await api.send<{ items: Category[] }>(200, 'GET', '/catalog/categories');
      const name = body.items[0]!.name.slice(0, 4);
      const suggested = await api.send<search['schemas']['SuggestResponse']>(
        200,
        'GET',
        `/search/suggest?q=${encodeURIComponent(name)}&currency=EUR`,
      );
      expect(suggested.body.categories.length + suggested.body.products.length).toBeGreaterThan(0);
      await api.send(400, 'GET', '/search/suggest?q=shirt&limit=11');
    });
  });
}
