import { livenessResponse } from '@/lib/health/probes';

/** Liveness: answers while the process serves requests at all; never touches a dependency. */
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return livenessResponse();
}
