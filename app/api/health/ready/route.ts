import { readinessResponse } from '@/lib/health/probes';

/** Readiness: 503 while starting or draining, 200 `ready` or `degraded` otherwise (lib/health/). */
export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return readinessResponse();
}
