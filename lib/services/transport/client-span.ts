import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
} from '@opentelemetry/semantic-conventions';

// Incubating semantic-convention names, spelled out as their package advises (the constants
// may move between its releases). peer.service is what service graphs (Jaeger, Tempo) read.
const ATTR_URL_TEMPLATE = 'url.template';
const ATTR_PEER_SERVICE = 'peer.service';

const tracer = trace.getTracer('storefront.typed-clients');

export interface ServiceCall {
  service: string;
  method: string;
  url: URL;
  /** The OpenAPI path template, when the call came through openapi-fetch. */
  template?: string;
}

/**
 * Runs one typed-client call (all its attempts) as the active CLIENT span, named
 * `GET /catalog/products/{idOrSlug}`. Next's own `fetch` spans become its children, one per
 * attempt, and show whether Next's data cache answered.
 */
export function inClientSpan(
  call: ServiceCall,
  run: (span: Span) => Promise<Response>,
): Promise<Response> {
  const attributes = {
    [ATTR_PEER_SERVICE]: call.service,
    [ATTR_HTTP_REQUEST_METHOD]: call.method,
    [ATTR_SERVER_ADDRESS]: call.url.hostname,
    [ATTR_SERVER_PORT]: Number(call.url.port) || (call.url.protocol === 'https:' ? 443 : 80),
    ...(call.template ? { [ATTR_URL_TEMPLATE]: call.template } : {}),
  };
  const name = call.template ? `${call.method} ${call.template}` : call.method;
  return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      const response = await run(span);
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.status);
      if (response.status >= 400) {
        span.setAttribute(ATTR_ERROR_TYPE, String(response.status));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      return response;
    } catch (error) {
      span.setAttribute(ATTR_ERROR_TYPE, error instanceof Error ? error.name : 'Error');
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: error instanceof Error ? error.message : String(error),
      });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Marks the attempt about to start as a resend (semantic conventions count from 1). */
export function markResend(span: Span, resendCount: number): void {
  span.setAttribute(ATTR_HTTP_REQUEST_RESEND_COUNT, resendCount);
}
