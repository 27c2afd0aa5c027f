import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { HttpError } from '../framework/errors';

/** Same bounds as the checkout's key, so one client-side generator serves both. */
const idempotencyKey = z.string().min(8).max(128);

/** What an add-to-cart key is recorded with: the key and a fingerprint of the body it came with. */
export interface AddLineKey {
  key: string;
  requestHash: string;
}

/**
 * The optional Idempotency-Key of an add. Absent is fine (the add is not idempotent, as before);
 * present but malformed is a 400, never silently ignored: a client that sends a key relies on it.
 */
export function addLineKey(
  headers: IncomingHttpHeaders,
  line: { sku: string; quantity: number },
): AddLineKey | undefined {
  const raw = headers['idempotency-key'];
  if (raw === undefined) return undefined;
  const parsed = idempotencyKey.safeParse(raw);
  if (!parsed.success) {
    const length = typeof raw === 'string' ? ` (got ${raw.length})` : '';
    throw new HttpError(
      400,
      'invalid_idempotency_key',
      `Idempotency-Key must be 8 to 128 characters${length}`,
    );
  }
  return { key: parsed.data, requestHash: hashAddLine(line) };
}

/** The body fields that decide what an add does; `If-Match` and locale are left out on purpose (a replay may carry others). */
function hashAddLine({ sku, quantity }: { sku: string; quantity: number }): string {
  return createHash('sha256')
    .update(JSON.stringify([sku, quantity]))
    .digest('hex');
}
