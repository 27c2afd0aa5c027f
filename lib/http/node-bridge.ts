import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/**
 * A node:http request as a Fetch `Request`, so a Web-API handler can be served outside Next.
 * The URL's origin is a placeholder: handlers read the Host header, never trust it from the URL.
 */
export function toWebRequest(incoming: IncomingMessage): Request {
  const headers = new Headers();
  for (let i = 0; i < incoming.rawHeaders.length; i += 2)
    headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  return new Request(new URL(incoming.url ?? '/', 'http://localhost'), {
    method: incoming.method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit & { duplex: 'half' });
}

/** Writes a Fetch `Response` to node:http, with `extraHeaders` under the response's own. */
export async function sendWebResponse(
  response: Response,
  outgoing: ServerResponse,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  const headers = new Headers(extraHeaders);
  response.headers.forEach((value, name) => headers.set(name, value));
  // A handler that refused a body without reading it (413) leaves the rest on the socket: the
  // connection cannot carry another request, so the client is told to open a new one.
  if (!outgoing.req.complete) headers.set('connection', 'close');
  const cookies = response.headers.getSetCookie();
  outgoing.writeHead(response.status, {
    ...Object.fromEntries(headers),
    ...(cookies.length ? { 'set-cookie': cookies } : {}),
  });
  outgoing.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}
