import { z } from 'zod';
import { localeSchema } from './locale';
import { currencySchema } from './money';

/** Query parameters shared by catalog and search reads. */
export const localeParam = localeSchema.default('en-US');
export const currencyParam = currencySchema.default('USD');
export const limitParam = z.coerce.number().int().min(1).max(100).default(24);
export const cursorParam = z.string().min(1).max(512).optional();
