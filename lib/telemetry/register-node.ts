import type { TracerProvider } from '@opentelemetry/sdk-trace';
import { serverEnv } from '@/lib/env/server';
import { installServerTiming } from './request-hook';
import { storefrontResource } from './resource';
import { storefrontSampler } from './sampler';
import { otlpSpanExporter, tracesUrl } from './span-exporter';
import { startTracing } from './tracing';

/**
 * Tracing and Server-Timing for the Node.js server; instrumentation.ts calls it once at
 * start-up. Returns the tracer provider, for whoever needs to flush it (tests).
 *
 * Without an OTLP endpoint nothing of OpenTelemetry is registered, on purpose: any context
 * manager costs the cached-page path 4–8% CPU per request, because Next wraps its request
 * handling in context switches whether or not spans are recorded (BENCHMARKS.md). Then
 * Server-Timing has `app` only, and each typed-client call sends a trace id of its own.
 */
export function registerNodeTelemetry(): TracerProvider | undefined {
  const env = serverEnv();
  const url = tracesUrl(env);
  installServerTiming({ serviceCalls: url !== undefined });
  if (!url) return undefined;
  return startTracing({
    resource: storefrontResource(env.OTEL_SERVICE_NAME),
    sampler: storefrontSampler(env),
    exporter: otlpSpanExporter(url),
    scheduledDelayMillis: env.OTEL_BSP_SCHEDULE_DELAY,
  });
}
