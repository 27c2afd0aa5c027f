import type { z } from 'zod';
import { readBrowserJson } from '@/lib/http/json-body';
import { jsonError } from '@/lib/http/json-error';
import { isCrossSite } from '@/lib/http/same-origin';
import { isLocale, type Locale } from '@/lib/i18n/markets';
import { cartErrorResponse } from './cart-response';

const MAX_BODY_BYTES = 2_048;

export type CartRequest<T> = { ok: true; input: T } | { ok: false; response: Response };

/** The locale to answer in: the one the request names, or the default when it names none. */
export function requestLocale(value: unknown): Locale {
  const named =
    typeof value === 'object' && value !== null && 'locale' in value ? value.locale : value;
  return isLocale(named) ? named : 'en-US';
}

/**
 * Guards every cart-changing route the same way: same-site only, a small JSON body, and input
 * that passes the schema; each refusal is a 4xx with a reason in the shopper's language.
 */
export async function readCartRequest<S extends z.ZodType>(
  request: Request,
  schema: S,
  extra: Record<string, unknown> = {},
): Promise<CartRequest<z.output<S>>> {
  if (isCrossSite(request))
    return {
      ok: false,
      response: jsonError(403, 'cross_site', 'Cart changes must come from this site.'),
    };
  const body =
    request.method === 'DELETE'
      ? { ok: true as const, value: {} }
      : await readBrowserJson(request, MAX_BODY_BYTES);
  if (!body.ok) return body;
  const merged =
    typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value)
      ? { ...body.value, ...extra }
      : undefined;
  const input = schema.safeParse(merged);
  if (input.success) return { ok: true, input: input.data };
  const locale = requestLocale(merged);
  const quantityIssue = input.error.issues.some((issue) => issue.path[0] === 'quantity');
  return {
    ok: false,
    response: await cartErrorResponse(locale, quantityIssue ? 'invalidQuantity' : 'invalidRequest'),
  };
}
