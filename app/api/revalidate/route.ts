import { revalidateTag } from 'next/cache';
import { expireInThisProcess } from '@/lib/cache/local-expiries';
import { tagForEntity } from '@/lib/cache/manifest';
import { expireAcrossInstances, keysTaggedAcrossInstances } from '@/lib/cache/process-shared-cache';
import { expireLocalResults } from '@/lib/cache/result-stores';
import { pagePaths, purgeCacheTier } from '@/lib/cache/tier-purge';
import { serverEnv } from '@/lib/env/server';
import { readCappedText } from '@/lib/http/json-body';
import { jsonError } from '@/lib/http/json-error';
import { commerceEventSchema } from '@/lib/webhooks/commerce-event';
import { verifySignature } from '@/lib/webhooks/verify-signature';

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Signed webhook from the commerce backend. Verifies the HMAC before reading anything else,
 * expires exactly the tags of the entities the event names, and answers with what it expired.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readCappedText(request, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const body = read.text;
  const check = await verifySignature({
    secret: serverEnv().WEBHOOK_SECRET,
    body,
    timestamp: request.headers.get('x-webhook-timestamp'),
    signature: request.headers.get('x-webhook-signature'),
  });
  if (!check.valid)
    return jsonError(401, 'invalid_signature', `Webhook rejected: ${check.reason}.`);

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return jsonError(400, 'malformed_json', 'Webhook body is not valid JSON.');
  }
  const event = commerceEventSchema.safeParse(json);
  if (!event.success) {
    const issue = event.error.issues[0];
    return jsonError(
      400,
      'invalid_event',
      `Invalid event at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }

  const expired = [...new Set(event.data.entities.map(tagForEntity))];
  const { EDGE_PURGE_URLS: urls, EDGE_PURGE_TOKEN: token } = serverEnv();
  const tier = urls && token ? { urls, token } : undefined;
  // The pages that carry the tags, read before the expiry drops their entries, for a cache tier
  // in front that keeps copies of them under their paths; with no tier, nothing to read.
  const keys = tier ? await keysTaggedAcrossInstances(expired) : [];
  // With the shared cache (REDIS_URL), every instance is told before this answers; when Redis
  // cannot take it, a 503 makes the backend retry rather than believe all were told.
  const cluster = keys ? await expireAcrossInstances(expired) : 'unavailable';
  if (cluster === 'unavailable')
    return jsonError(
      503,
      'shared_cache_unavailable',
      'The shared cache could not take the expiry; retry.',
      { 'Retry-After': '5' },
    );
  // The next request renders fresh instead of serving stale once, and a page whose render fails
  // keeps its last good copy (lib/cache/local-expiries.ts): expired in this process's ledger,
  // only stale in Next's own manifest, which would drop the page. (The shared cache already did
  // this for every instance, kept search results included.)
  if (cluster === 'no-shared-cache') {
    expireInThisProcess(expired);
    for (const tag of expired) revalidateTag(tag, 'max');
    expireLocalResults(expired);
  }
  // After the expiry, so a page the tier fetches again is rendered fresh.
  if ((await purgeCacheTier(pagePaths(keys ?? []), tier)) === 'failed')
    return jsonError(503, 'cache_tier_unavailable', 'The cache tier could not be purged; retry.', {
      'Retry-After': '5',
    });
  return Response.json(
    { eventId: event.data.id, expired },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
