import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { readBrowserJson } from '@/lib/http/json-body';
import { jsonError } from '@/lib/http/json-error';
import { isCrossSite } from '@/lib/http/same-origin';
import { locales } from '@/lib/i18n/markets';
import type { RateLimit } from '@/lib/security/rate-limit';
import { isBot } from '@/lib/security/bots';
import { clientKey } from '@/lib/security/client-key';
import { assignVariant } from './assignment';
import { experiments } from './definitions';
import { deviceFromHeaders } from '../device/from-headers';
import { NOT_ENROLLED, variantNames } from './experiment';
import { OVERRIDE_COOKIE } from './overrides';
import { isVisitorId, VISITOR_COOKIE } from './visitor-id';

const MAX_EVENT_BYTES = 1024;
const NO_STORE = { 'Cache-Control': 'no-store' };
const exposureSchema = z.strictObject({
  type: z.literal('exposure'),
  experiment: z.string().max(64),
  variant: z.string().max(32),
  locale: z.enum(locales),
});

export interface Exposure {
  visitorId: string;
  experiment: string;
  variant: string;
}

export interface ExposureCollector {
  /** Per client; cluster-wide with REDIS_URL (events-sink.ts). */
  limiter: RateLimit;
  /** Hands a verified exposure on (to the events service); must not throw. */
  record: (exposure: Exposure) => void;
}

/**
 * `POST /api/events`: a browser says a variant rendered. The same guards as the RUM collector
 * (same site, crawlers, a per-client rate limit, a small capped body, a strict schema), then the
 * claim is checked against what the visitor's cookie is assigned, so a forged or replayed
 * payload counts nothing. QA overrides and visitors without a cookie are answered 204 and not
 * counted.
 */
export async function collectExposure(
  request: NextRequest,
  collector: ExposureCollector,
  now = new Date(),
): Promise<Response> {
  if (isCrossSite(request))
    return jsonError(403, 'cross_site', 'Events are accepted from this site only.');
  if (isBot(request.headers.get('user-agent'))) return noContent();
  const limit = await collector.limiter.take(clientKey(request.headers), now.getTime());
  if (!limit.allowed)
    return jsonError(429, 'rate_limited', 'Too many events from this client.', {
      'Retry-After': String(limit.retryAfterSeconds),
    });

  const body = await readBrowserJson(request, MAX_EVENT_BYTES, [
    'application/json',
    'text/plain',
  ]).catch(() => undefined);
  if (!body) return jsonError(400, 'malformed_json', 'The body could not be read.');
  if (!body.ok) return body.response;
  const parsed = exposureSchema.safeParse(body.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return jsonError(
      400,
      'invalid_event',
      `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`.slice(0, 200),
    );
  }
  const { experiment: key, variant, locale } = parsed.data;
  const experiment = experiments.find((candidate) => candidate.key === key);
  if (!experiment) return jsonError(400, 'unknown_experiment', `No experiment "${key}".`);
  if (!variantNames(experiment).includes(variant))
    return jsonError(400, 'unknown_variant', `Experiment "${key}" has no variant "${variant}".`);

  const visitorId = request.cookies.get(VISITOR_COOKIE)?.value;
  if (!isVisitorId(visitorId) || request.cookies.has(OVERRIDE_COOKIE)) return noContent();
  const assigned = assignVariant(
    experiment,
    { id: visitorId, locale, device: deviceFromHeaders(request.headers), bot: false },
    now,
  );
  // A remote provider picks the variant itself; then only enrollment can be checked here.
  const remotePicks = Boolean(process.env.EXPERIMENTS_OFREP_URL);
  if (assigned === NOT_ENROLLED || (!remotePicks && assigned !== variant))
    return jsonError(409, 'not_assigned', `This visitor is not assigned "${variant}" in "${key}".`);
  collector.record({ visitorId, experiment: key, variant });
  return noContent();
}

const noContent = () => new Response(null, { status: 204, headers: NO_STORE });
