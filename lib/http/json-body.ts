import { jsonError } from './json-error';

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a small JSON body from a browser: 415 unless its media type is one of `mediaTypes`
 * (JSON alone by default, which also forces a CORS preflight on cross-site fetches), 413 past
 * `maxBytes` without buffering more, 400 when it does not parse.
 */
export async function readBrowserJson(
  request: Request,
  maxBytes: number,
  mediaTypes: readonly string[] = ['application/json'],
): Promise<JsonBody> {
  const mediaType =
    (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (!mediaTypes.includes(mediaType)) {
    return {
      ok: false,
      response: jsonError(
        415,
        'unsupported_media_type',
        `Send the body as ${mediaTypes.join(' or ')}.`,
      ),
    };
  }
  const body = await readCappedText(request, maxBytes);
  if (!body.ok) return body;
  const { text } = body;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: jsonError(400, 'malformed_json', 'The body is not valid JSON.') };
  }
}

const tooLarge = (maxBytes: number) =>
  jsonError(413, 'payload_too_large', `Bodies are limited to ${maxBytes} bytes.`);

type TextBody = { ok: true; text: string } | { ok: false; response: Response };

/**
 * The body as text, or 413 past `maxBytes` bytes (not characters): refused on a declared
 * Content-Length at once, and for a chunked body as soon as it grows past the cap, without
 * buffering the rest.
 */
export async function readCappedText(request: Request, maxBytes: number): Promise<TextBody> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, response: tooLarge(maxBytes) };
    }
    chunks.push(value);
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}
