import type { NextRequest } from 'next/server';
import { serverEnv } from '@/lib/env/server';
import { jsonError } from '@/lib/http/json-error';
import { OPS_COOKIE, opsAuthorized } from '@/lib/security/ops-access';
import { loadOpsVitals } from '@/lib/rum/ops-vitals';

/**
 * The /ops/vitals page's data as JSON (last hour, per metric, route and device class), with
 * `coverage`: all instances through Redis, or this one only.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const cookie = request.cookies.get(OPS_COOKIE)?.value;
  if (!(await opsAuthorized(request.headers, cookie, serverEnv().OPS_TOKEN))) {
    return jsonError(401, 'unauthorized', 'Send the ops token as a bearer token.', {
      'WWW-Authenticate': 'Bearer realm="ops"',
    });
  }
  return Response.json(await loadOpsVitals(), {
    headers: { 'Cache-Control': 'no-store' },
  });
}
