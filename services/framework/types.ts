import type { IncomingHttpHeaders } from 'node:http';

export type ServiceName =
  | 'catalog'
  | 'search'
  | 'inventory'
  | 'cart'
  | 'checkout'
  | 'media'
  | 'admin'
  | 'events'
  | 'customers'
  | 'reviews'
  | 'ops';
type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestContext {
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (undefined when empty); enforces the size limit. */
  readJson(): Promise<unknown>;
}

export type HttpResult =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; bytes: Buffer; headers: Record<string, string> };

export interface Route {
  method: HttpMethod;
  /** Path template with `{param}` segments, also the counter/log label. */
  template: string;
  service: ServiceName;
  handler(context: RequestContext): Promise<HttpResult> | HttpResult;
}
