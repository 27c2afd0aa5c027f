import { serviceUrl } from '@/lib/env/server';
import { createServiceClient } from '../http/create-client';
import type { paths } from './schema';

let client: ReturnType<typeof createServiceClient<paths>> | undefined;

/** The catalog's openapi-fetch client, created on first use (env is read then, not at import). */
export const catalogApi = () => (client ??= createServiceClient<paths>(serviceUrl('catalog')));

export const catalogOperation = (operation: string) => ({ service: 'catalog', operation });
