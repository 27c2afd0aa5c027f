import createClient from 'openapi-fetch';
import { serverEnv, serviceUrl, type ServiceName } from '@/lib/env/server';
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

/** The client for a service, created on first use: env is read then, not when a module is imported. */
export function lazyServiceClient<Paths extends {}>(service: ServiceName) {
  let client: ReturnType<typeof createServiceClient<Paths>> | undefined;
  return () => (client ??= createServiceClient<Paths>(serviceUrl(service)));
}
