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
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid_json', 'Request body is not valid JSON');
  }
}
