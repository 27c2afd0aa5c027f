import { jsonError } from '@/lib/http/json-error';
import { formatMoney } from '@/lib/i18n/money';
import { isLocale } from '@/lib/i18n/markets';
import { cleanSearchQuery } from '@/lib/listing/search-query';
import { routes } from '@/lib/routes';
import type { SuggestionResponse } from '@/lib/listing/suggestion';
import { search } from '@/lib/services/search/client';

const MAX_SUGGEST_LENGTH = 100;

/** Autocomplete for the header search box. Answers may be cached briefly by browsers and CDNs. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const locale = url.searchParams.get('locale');
  if (!isLocale(locale))
    return jsonError(400, 'invalid_locale', 'Query parameter locale must be a supported locale.');
  const q = [...cleanSearchQuery(url.searchParams.get('q') ?? '').q]
    .slice(0, MAX_SUGGEST_LENGTH)
    .join('');
  if (!q) return jsonError(400, 'missing_query', 'Query parameter q must contain text.');

  const result = await search.suggest(locale, q);
  if (!result.ok)
    return jsonError(503, 'unavailable', 'Suggestions are unavailable right now.', {
      'Retry-After': '5',
    });
  const body: SuggestionResponse = {
    products: result.value.products.map((product) => ({
      label: product.name,
      href: routes.product(locale, product.slug),
      detail: formatMoney(product.price, locale),
    })),
    categories: result.value.categories.map((category) => ({
      label: category.name,
      href: routes.category(locale, category.slug),
    })),
  };
  return Response.json(body, { headers: { 'Cache-Control': 'public, max-age=60, s-maxage=300' } });
}
