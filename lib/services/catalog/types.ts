import type { components } from './schema';

type Schemas = components['schemas'];

export type Product = Schemas['Product'];
export type ProductSummary = Schemas['ProductSummary'];
export type ProductList = Schemas['ProductPage'];
export type Category = Schemas['Category'];
export type CatalogImage = Schemas['Image'];
export type ProductSort = NonNullable<ProductListQuery['sort']>;

type ProductListQuery = NonNullable<
  import('./schema').paths['/catalog/products']['get']['parameters']['query']
>;
