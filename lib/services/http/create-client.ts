import createClient from 'openapi-fetch';
import { serverEnv } from '@/lib/env/server';
import { createResilientFetch } from './resilient-fetch';

/** One openapi-fetch client per service, sharing the deployment's timeout and retry policy. */
export function createServiceClient<Paths extends {}>(baseUrl: string) {
  const env = serverEnv();
  return createClient<Paths>({
    baseUrl,
    fetch: createResilientFetch({
      timeoutMs: env.SERVICE_TIMEOUT_MS,
      retries: env.SERVICE_RETRIES,
      backoffMs: 100,
    }),
  });
}
