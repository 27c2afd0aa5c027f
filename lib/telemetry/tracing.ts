import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type Sampler, type SpanExporter } from '@opentelemetry/sdk-trace';

export interface TracingSetup {
  resource: Resource;
  sampler: Sampler;
  /** Omitted: spans are created (so trace ids propagate) but never leave the process. */
  exporter?: SpanExporter;
}

/**
 * Registers the process-wide tracer provider, async context and W3C trace-context propagation.
 * Next creates its own spans (request, render, fetch) as soon as a provider is registered, and
 * reads the incoming `traceparent` through the propagator.
 */
export function startTracing({ resource, sampler, exporter }: TracingSetup): TracerProvider {
  const provider = new TracerProvider({
    resource,
    sampler,
    spanProcessors: exporter ? [new BatchSpanProcessor({ exporter })] : [],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  if (!trace.setGlobalTracerProvider(provider)) {
    console.warn('tracing: another OpenTelemetry tracer provider is already registered; the storefront uses that one');
  }
  return provider;
}
