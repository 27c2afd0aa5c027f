import { context, propagation, type Context } from '@opentelemetry/api';

function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * W3C trace context for an outgoing service call, written by the registered propagator from
 * the given context (the call's span), so the service logs the page's trace id. Where tracing
 * is off (no OTLP endpoint, scripts, unit tests) a fresh root is sent instead, so the services'
 * log lines of one call (all its attempts) still share an id.
 */
export function traceHeaders(from: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(from, carrier);
  if (!carrier.traceparent) carrier.traceparent = `00-${randomHex(16)}-${randomHex(8)}-01`;
  return carrier;
}
