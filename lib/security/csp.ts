/**
 * The Content-Security-Policy of every response. Inline scripts are Next's own (its bootstrap
 * and the RSC payload it streams into the page). The production server sends each page with
 * the sources of exactly its inline scripts (lib/http/page-csp.ts): a cached page's hashes,
 * computed once per cache entry, or a rendered page's nonce; the policy then has no
 * 'unsafe-inline'. Without that server (`next dev`, plain `next start`) and for what is not a
 * page, the general policy from next.config.ts allows inline scripts.
 */
export interface CspOptions {
  isDev: boolean;
  /** 'sha256-…' or 'nonce-…' sources of the document's inline scripts, when they are known. */
  scriptSources?: readonly string[];
}

export function contentSecurityPolicy({ isDev, scriptSources }: CspOptions): string {
  const inline = scriptSources ?? ["'unsafe-inline'"];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inline, ...(isDev ? ["'unsafe-eval'"] : [])].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws:' : ''}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
