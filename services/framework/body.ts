import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors';

const MAX_BODY_BYTES = 64 * 1024;

function tooLarge(): HttpError {
  return new HttpError(
    413,
    'payload_too_large',
    `Request bodies are limited to ${MAX_BODY_BYTES} bytes`,
  );
}

/** Reads and parses a JSON body, refusing anything over the limit before buffering it all. */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();

  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    received += buffer.length;
    if (received > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(buffer);
  }
  if (received === 0) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid_json', 'Request body is not valid JSON');
  }
  checkShape(body, 0);
  return body;
}

/** Deeper than any request of these APIs nests; recursion past it is a stack spent on nothing. */
const MAX_DEPTH = 16;

/**
 * Refuses what no field of these APIs may hold, before any schema or query sees it: nesting past
 * MAX_DEPTH, and a NUL in any string (PostgreSQL refuses it in text: a 500 from the database
 * rather than a 400 here).
 */
function checkShape(value: unknown, depth: number): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      throw new HttpError(400, 'invalid_body', 'Text in the request body contains a NUL character');
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (depth >= MAX_DEPTH)
    throw new HttpError(400, 'invalid_body', `Request body nests deeper than ${MAX_DEPTH} levels`);
  for (const item of Object.values(value)) checkShape(item, depth + 1);
}
