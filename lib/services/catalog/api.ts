import { lazyServiceClient } from '../transport/create-client';
import type { paths } from './schema';

/** The catalog's openapi-fetch client, shared by the catalog operations in this folder. */
export const catalogApi = lazyServiceClient<paths>('catalog');

export const catalogOperation = (operation: string) => ({ service: 'catalog', operation });
