import { z } from 'zod';
import { HttpError } from '../framework/errors';
import { hashString } from './seeded-random';

/**
 * Opaque cursors are base64url JSON `{ q, o }`: an offset into a precomputed
 * result array plus a fingerprint of the query, so a cursor cannot be replayed
 * against a different listing.
 */
const cursorSchema = z.object({ q: z.string(), o: z.number().int().min(0) });

export interface Page {
  indexes: number[];
  total: number;
  nextCursor: string | null;
}

export function paginate(
  results: ArrayLike<number>,
  queryKey: string,
  limit: number,
  cursor: string | undefined,
): Page {
  const fingerprint = hashString(queryKey).toString(36);
  const offset = cursor === undefined ? 0 : decodeCursor(cursor, fingerprint);
  const end = Math.min(offset + limit, results.length);
  const indexes: number[] = [];
  for (let i = offset; i < end; i++) indexes.push(results[i] ?? 0);
  const nextCursor =
    end < results.length
      ? Buffer.from(JSON.stringify({ q: fingerprint, o: end })).toString('base64url')
      : null;
  return { indexes, total: results.length, nextCursor };
}

function decodeCursor(cursor: string, fingerprint: string): number {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const parsed = cursorSchema.safeParse(decoded);
  if (!parsed.success || parsed.data.q !== fingerprint) throw invalidCursor();
  return parsed.data.o;
}

function invalidCursor(): HttpError {
  return new HttpError(
    400,
    'invalid_cursor',
    'cursor is malformed or belongs to a different query',
  );
}
