import type { TracerProvider } from '@opentelemetry/sdk-trace';
import { serverEnv } from '@/lib/env/server';
import { storefrontResource } from './resource';
import { storefrontSampler } from './sampler';
import { installServerTiming } from './server-timing';
import { otlpSpanExporter, tracesUrl } from './span-exporter';
import { startTracing } from './tracing';

/**
 * Tracing and Server-Timing for the Node.js server; instrumentation.ts calls it once at
 * start-up. The provider is returned for whoever needs to flush it (tests).
 */
export function registerNodeTelemetry(): TracerProvider {
  const env = serverEnv();
  const url = tracesUrl(env);
  const provider = startTracing({
    resource: storefrontResource(env.OTEL_SERVICE_NAME),
    sampler: storefrontSampler(env, url !== undefined),
    exporter: url ? otlpSpanExporter(url) : undefined,
  });
  installServerTiming();
  return provider;
}
