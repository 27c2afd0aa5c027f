export interface RequestLogEntry {
  method: string;
  route: string;
  status: number;
  ms: number;
  traceId: string | null;
}

export type RequestLogger = (entry: RequestLogEntry) => void;

/** Where log lines go: stdout in the services process; a test can read them instead. */
export type LogSink = (line: string) => void;

const stdout: LogSink = (line) => process.stdout.write(line);

export function createRequestLogger(enabled: boolean, sink: LogSink = stdout): RequestLogger {
  if (!enabled) return () => {};
  return (entry) => {
    sink(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
  };
}

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** Trace id from a W3C `traceparent` header; the all-zero id is invalid by spec. */
export function traceIdFrom(traceparent: string | string[] | undefined): string | null {
  if (typeof traceparent !== 'string') return null;
  const traceId = TRACEPARENT.exec(traceparent.trim().toLowerCase())?.[1];
  return traceId && !/^0+$/.test(traceId) ? traceId : null;
}
