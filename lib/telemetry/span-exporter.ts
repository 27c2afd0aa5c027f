import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import type { ServerEnv } from '@/lib/env/server';

type ExporterEnv = Pick<
  ServerEnv,
  'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'
>;

/** Where spans go, by the OTLP convention: the signal's own URL, else `<endpoint>/v1/traces`. */
export function tracesUrl(env: ExporterEnv): string | undefined {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
}

/** OTLP/HTTP with JSON bodies; headers, timeout and compression come from OTEL_EXPORTER_OTLP_* as usual. */
export function otlpSpanExporter(url: string): OTLPTraceExporter {
  return new OTLPTraceExporter({ url });
}
