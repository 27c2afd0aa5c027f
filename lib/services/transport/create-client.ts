import createClient from 'openapi-fetch';
import { serverEnv, serviceUrl, type ServiceName } from '@/lib/env/server';
import { createResilientFetch, type ResiliencePolicy } from './resilient-fetch';
import { rememberUrlTemplate } from './url-template';

/** One openapi-fetch client per service, sharing the deployment's timeout and retry policy. */
function createServiceClient<Paths extends object>(
  service: ServiceName,
  baseUrl: string,
  overrides: Partial<ResiliencePolicy> = {},
) {
  const env = serverEnv();
  const client = createClient<Paths>({
    baseUrl,
    fetch: createResilientFetch(
      {
        timeoutMs: env.SERVICE_TIMEOUT_MS,
        retries: env.SERVICE_RETRIES,
        deadlineMs: env.SERVICE_DEADLINE_MS,
        backoffMs: 100,
        ...overrides,
      },
      service,
    ),
  });
  client.use(rememberUrlTemplate);
  return client;
}

/**
 * The client for a service, created on first use: env is read then, not when a module is
 * imported. `overrides` (read at that moment too) is for a service whose calls legitimately
 * take longer than the deployment's default, like checkout waiting on a payment gateway.
 */
export function lazyServiceClient<Paths extends object>(
  service: ServiceName,
  overrides?: () => Partial<ResiliencePolicy>,
) {
  let client: ReturnType<typeof createServiceClient<Paths>> | undefined;
  return () => (client ??= createServiceClient<Paths>(service, serviceUrl(service), overrides?.()));
}
