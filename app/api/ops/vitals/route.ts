import type { NextRequest } from 'next/server';
import { serverEnv } from '@/lib/env/server';
import { jsonError } from '@/lib/http/json-error';
import { OPS_COOKIE, opsAuthorized } from '@/lib/security/ops-access';
import { rumRuntime } from '@/lib/rum/runtime';
import { summarize } from '@/lib/rum/store/vitals-summary';

/** The /ops/vitals page's data as JSON (last hour, per metric, route and device class). */
export function GET(request: NextRequest): Response {
  if (
    !opsAuthorized(request.headers, request.cookies.get(OPS_COOKIE)?.value, serverEnv().OPS_TOKEN)
  ) {
    return jsonError(401, 'unauthorized', 'Send the ops token as a bearer token.', {
      'WWW-Authenticate': 'Bearer realm="ops"',
    });
  }
  const now = Date.now();
  return Response.json(summarize(rumRuntime().store.window(now), now), {
    headers: { 'Cache-Control': 'no-store' },
  });
}
