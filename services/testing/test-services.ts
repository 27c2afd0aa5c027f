import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogSink } from '../framework/log';
import { startServices, type RunningServices, type ServicesOptions } from '../server';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';
export const TEST_WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

interface ApiResponse {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON shapes; narrowing each one would only add noise
  body: any;
}

export interface TestServices extends RunningServices {
  dataDir: string;
  /** Set when the services run on PostgreSQL (see TEST_BACKENDS); a restart passes it again. */
  databaseUrl: string | undefined;
  request(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResponse>;
}

/**
 * Starts the real server on an ephemeral port with a throwaway (or given) data dir, on PGlite
 * unless `databaseUrl` is given (a `TEST_BACKENDS` entry's `fresh()` gives both). With
 * `log: 'info'`, request log lines go to `logSink` when one is given.
 */
export async function startTestServices(
  options: Partial<ServicesOptions> = {},
  logSink?: LogSink,
): Promise<TestServices> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'services-test-')));
  const services = await startServices(
    {
      port: 0,
      catalogSize: 2_000,
      adminToken: TEST_ADMIN_TOKEN,
      webhookSecret: TEST_WEBHOOK_SECRET,
      storefrontWebhookUrl: 'http://127.0.0.1:9/unreachable',
      webhookRetryDelaysMs: [],
      log: 'silent',
      // Tests that search build the index they need on first use, as they always have.
      warmSearch: false,
      ...options,
      dataDir,
    },
    logSink,
  );
  return {
    ...services,
    dataDir,
    databaseUrl: options.databaseUrl,
    request: async (method, path, { body, headers } = {}) => {
      const response = await fetch(`${services.url}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.includes('json');
      return {
        status: response.status,
        headers: response.headers,
        body: isJson ? JSON.parse(text) : text,
      };
    },
  };
}
