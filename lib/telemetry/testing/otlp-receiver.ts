import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The parts of an OTLP/HTTP JSON trace export the tests read. */
export interface OtlpAttribute {
  key: string;
  value: {
    stringValue?: string;
    intValue?: number | string;
    boolValue?: boolean;
    doubleValue?: number;
  };
}
export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: OtlpAttribute[];
}
interface OtlpTraceExport {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: { scope: { name: string }; spans: OtlpSpan[] }[];
  }[];
}

export interface OtlpReceiver {
  /** Base URL, as OTEL_EXPORTER_OTLP_ENDPOINT takes it (spans are posted to `<url>/v1/traces`). */
  url: string;
  exports: OtlpTraceExport[];
  spans(): OtlpSpan[];
  close(): Promise<void>;
}

/** A minimal OTLP/HTTP collector on loopback: accepts JSON trace exports and keeps them. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const exports: OtlpTraceExport[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const isJson = request.headers['content-type']?.startsWith('application/json');
      if (request.method !== 'POST' || request.url !== '/v1/traces' || !isJson) {
        response.writeHead(404).end();
        return;
      }
      exports.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraceExport);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exports,
    spans: () =>
      exports.flatMap((e) => e.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function attribute(
  attributes: OtlpAttribute[],
  key: string,
): string | number | boolean | undefined {
  const value = attributes.find((a) => a.key === key)?.value;
  if (!value) return undefined;
  if (value.intValue !== undefined) return Number(value.intValue);
  return value.stringValue ?? value.boolValue ?? value.doubleValue;
}
