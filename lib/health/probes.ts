import { serviceUrl } from '@/lib/env/server';
import { sharedRedis } from '@/lib/redis/connection';
import { checkHttp, checkRedis, type Check } from './checks';
import { lifecycle } from './lifecycle';
import { createReadiness, type ReadinessReport } from './readiness';

/** Probes run often and must answer before the prober's own timeout (1–2 s). */
const DEADLINE_MS = 500;

/** The catalog is what every page needs; the reference services answer this path cheaply. */
async function dependencyChecks(): Promise<Record<string, Check>> {
  const redis = sharedRedis();
  const [services, redisCheck] = await Promise.all([
    checkHttp(`${serviceUrl('catalog')}/__ops/health`, DEADLINE_MS),
    redis && checkRedis(redis, DEADLINE_MS),
  ]);
  return redisCheck ? { services, redis: redisCheck } : { services };
}

const readiness = createReadiness({ runChecks: dependencyChecks, lifecycle });

// Probes must never be answered by a cache between the prober and this process.
const NO_STORE = { 'cache-control': 'no-store' };

export function livenessResponse(): Response {
  return Response.json({ status: 'live' }, { headers: NO_STORE });
}

export async function readinessResponse(): Promise<Response> {
  const { httpStatus, report } = await readiness();
  return Response.json(report satisfies ReadinessReport, { status: httpStatus, headers: NO_STORE });
}
