import { readBrowserJson } from '@/lib/http/json-body';
import { jsonError } from '@/lib/http/json-error';
import { isCrossSite } from '@/lib/http/same-origin';
import { beaconSchema, MAX_BEACON_BYTES } from './beacon';
import { isBot } from '../security/bots';
import { clientKey } from '../security/client-key';
import type { BeaconOutcome } from './prometheus-names';
import type { RumRuntime } from './runtime';
import { toSamples } from './samples';

// navigator.sendBeacon with a string sends text/plain (a JSON Blob would force a preflight).
const MEDIA_TYPES = ['application/json', 'text/plain'];
const OUTCOME_OF_STATUS: Record<number, BeaconOutcome> = {
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  400: 'malformed_json',
};
const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * `POST /api/rum`. Cheap refusals come first (cross-site, crawler, rate limit), then the body
 * is read with a cap and validated; a refused beacon records nothing but its outcome. An
 * accepted one is recorded synchronously in memory (exporters read it later; with REDIS_URL the
 * ops store publishes its minutes every few seconds, never per beacon) and answered 204.
 */
export async function collectBeacon(
  request: Request,
  rum: RumRuntime,
  now = Date.now(),
): Promise<Response> {
  const refuse = (outcome: BeaconOutcome, response: Response) => {
    rum.metrics.count(outcome);
    return response;
  };
  if (isCrossSite(request))
    return refuse(
      'cross_site',
      jsonError(403, 'cross_site', 'Beacons are accepted from this site only.'),
    );
  // A crawler is told all is well, so it has no reason to retry; its vitals are not a shopper's.
  if (isBot(request.headers.get('user-agent')))
    return refuse('bot', new Response(null, { status: 204, headers: NO_STORE }));

  // Cluster-wide through Redis when configured (one round trip), else this process's bucket.
  const limit = await rum.limiter.take(clientKey(request.headers), now);
  if (!limit.allowed) {
    return refuse(
      'rate_limited',
      jsonError(429, 'rate_limited', 'Too many beacons from this client.', {
        'Retry-After': String(limit.retryAfterSeconds),
      }),
    );
  }

  // A client that hangs up mid-body makes the stream throw: that is a bad body, not a server error.
  const body = await readBrowserJson(request, MAX_BEACON_BYTES, MEDIA_TYPES).catch(() => undefined);
  if (!body)
    return refuse(
      'malformed_json',
      jsonError(400, 'malformed_json', 'The body could not be read.'),
    );
  if (!body.ok) return refuse(OUTCOME_OF_STATUS[body.response.status] ?? 'invalid', body.response);
  const parsed = beaconSchema.safeParse(body.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(
      'invalid',
      jsonError(
        400,
        'invalid_beacon',
        `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`.slice(0, 300),
      ),
    );
  }

  const variant = rum.labelVariant(parsed.data.variants);
  for (const sample of toSamples(parsed.data, variant)) {
    rum.metrics.record(sample);
    rum.store.add(sample, now);
  }
  rum.metrics.count('accepted');
  return new Response(null, { status: 204, headers: NO_STORE });
}
