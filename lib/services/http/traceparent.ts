import { context, propagation, trace } from '@opentelemetry/api';

function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * W3C trace context for an outgoing service call. When OpenTelemetry has an active span the
 * propagator writes it (so the service joins the page's trace); otherwise a fresh root is
 * started so the services' logs can still be correlated per call.
 */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  if (trace.getActiveSpan()) propagation.inject(context.active(), carrier);
  if (!carrier.traceparent) carrier.traceparent = `00-${randomHex(16)}-${randomHex(8)}-01`;
  return carrier;
}
