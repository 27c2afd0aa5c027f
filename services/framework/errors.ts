/**
 * An expected failure that maps to a 4xx/5xx JSON answer:
 * `{ "error": { code, message }, ...extra }`.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * An HttpError whose details belong inside `error` rather than next to it:
 * `{ "error": { code, message, fields?, reason?, orderId? } }`. Newer
 * contracts (checkout, payment methods, checkout drafts) use this shape so a
 * client reads everything about a failure from one object.
 */
export class DetailedError extends HttpError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(status, code, message, {}, headers);
  }
}

export function notFound(what: string): HttpError {
  return new HttpError(404, 'not_found', `${what} not found`);
}
