import type { Middleware } from 'openapi-fetch';

const templates = new WeakMap<Request, string>();

/**
 * openapi-fetch knows the path template of a call (`/catalog/products/{idOrSlug}`) but hands
 * the fetch function only the filled-in Request; this middleware remembers the template for it,
 * so spans are named by operation rather than by product id.
 */
export const rememberUrlTemplate: Middleware = {
  onRequest({ request, schemaPath }) {
    templates.set(request, schemaPath);
    return undefined;
  },
};

export function urlTemplateOf(request: Request): string | undefined {
  return templates.get(request);
}
