/**
 * Typed clients never throw for an expected failure: they return a Result, so every page
 * decides in the open what an outage, a 404 or a malformed payload means for the shopper.
 */
/** `unavailable`: not called at all, the service's circuit breaker being open. */
type ServiceErrorKind = 'network' | 'timeout' | 'unavailable' | 'http' | 'validation';

export interface ServiceError {
  kind: ServiceErrorKind;
  service: string;
  operation: string;
  message: string;
  /** Whether trying again later could succeed (outages yes, a 404 or a bad payload no). */
  retryable: boolean;
  status?: number;
  /** The service's machine-readable error code, when it sent one. */
  code?: string;
  /** The code's finer reason, when it has one (a decline's, a refused promo code's). */
  reason?: string;
  /**
   * Per-field codes of a rejected form (400 invalid_request and the like), keyed by the
   * request path: `{ "shippingAddress.postalCode": "invalid_postal_code" }`.
   */
  fields?: Record<string, string>;
  /** How long a rate-limited caller (429) should wait, when the service said. */
  retryAfterSeconds?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: ServiceError): Result<T> => ({ ok: false, error });

export function isNotFound(error: ServiceError): boolean {
  return error.kind === 'http' && error.status === 404;
}

/** For callers with no sensible fallback: turns the Result back into a value or a thrown Error. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const { service, operation, kind, message } = result.error;
  throw new Error(`${service}.${operation} failed (${kind}): ${message}`);
}
