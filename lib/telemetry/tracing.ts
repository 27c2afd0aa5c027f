import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { Resource } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  TracerProvider,
  type Sampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace';

export interface TracingSetup {
  resource: Resource;
  sampler: Sampler;
  exporter: SpanExporter;
  /** How long spans wait to be exported in a batch. */
  scheduledDelayMillis: number;
}

/**
 * Registers async context, W3C `traceparent` propagation and the process-wide tracer provider,
 * exporting in batches. From then on Next creates its own spans (request, render, fetch) and
 * continues an incoming `traceparent`.
 */
export function startTracing({
  resource,
  sampler,
  exporter,
  scheduledDelayMillis,
}: TracingSetup): TracerProvider {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const provider = new TracerProvider({
    resource,
    sampler,
    spanProcessors: [new BatchSpanProcessor({ exporter, scheduledDelayMillis })],
  });
  if (!trace.setGlobalTracerProvider(provider)) {
    console.warn(
      'tracing: another OpenTelemetry tracer provider is already registered; the storefront uses that one',
    );
  }
  return provider;
}
