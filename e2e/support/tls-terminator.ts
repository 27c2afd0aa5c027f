import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import {
  request as httpRequest,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
} from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { promisify } from 'node:util';

export interface TlsTerminator {
  /** https://localhost:PORT: `localhost` is the name the certificate is valid for. */
  url: string;
  port: number;
  /**
   * The self-signed certificate (PEM), which is its own CA. A client trusts it through
   * NODE_EXTRA_CA_CERTS, which Node reads only at process start, hence a file and not a buffer.
   */
  certPath: string;
  stop(): Promise<void>;
}

// Hop-by-hop headers (RFC 9110 §7.6.1) describe the client's connection to us, not ours upstream;
// Node frames the upstream request itself.
const HOP_BY_HOP = new Set(
  'connection keep-alive proxy-connection te trailer transfer-encoding upgrade'.split(' '),
);

/**
 * A throwaway certificate for localhost, made with the openssl CLI (Debian ships it, and it spares
 * the repo a dependency). Valid two days: long enough for a run, useless if it leaks.
 */
async function selfSignedCertificate(dir: string): Promise<{ certPath: string; keyPath: string }> {
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  await promisify(execFile)('openssl', [
    ...'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2'.split(' '),
    ...['-subj', '/CN=localhost', '-keyout', keyPath, '-out', certPath],
    // Clients match the SAN, not the CN; the IP lets https://127.0.0.1 verify too.
    ...['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
  ]);
  return { certPath, keyPath };
}

function forwardedHeaders(
  headers: IncomingHttpHeaders,
  remoteAddress: string | undefined,
): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  // Host stays the public one (localhost:PORT): the app builds redirects, canonical URLs and its
  // same-origin checks from it, and a TLS terminator should be invisible to them. The
  // X-Forwarded-* trio tells it the scheme was https and who the client was, as a real edge does.
  const host = headers.host;
  if (host !== undefined) out['x-forwarded-host'] = host;
  out['x-forwarded-proto'] = 'https';
  const chain = headers['x-forwarded-for'];
  const prior = Array.isArray(chain) ? chain.join(', ') : chain;
  if (remoteAddress !== undefined) {
    out['x-forwarded-for'] = prior ? `${prior}, ${remoteAddress}` : remoteAddress;
  }
  return out;
}

/** An https front for a plain-http origin, so tools that grade TLS-only behaviour can reach it. */
export async function startTlsTerminator(options: {
  upstream: string;
  port?: number;
}): Promise<TlsTerminator> {
  const upstream = new URL(options.upstream);
  if (upstream.protocol !== 'http:') throw new Error(`upstream must be http: ${options.upstream}`);
  const dir = await mkdtemp(join(tmpdir(), 'tls-terminator-'));
  const { certPath, keyPath } = await selfSignedCertificate(dir);
  const [cert, key] = await Promise.all([readFile(certPath), readFile(keyPath)]);

  const server = createServer({ cert, key }, (incoming, outgoing) => {
    const proxied = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port || 80,
        method: incoming.method,
        path: incoming.url,
        headers: forwardedHeaders(incoming.headers, incoming.socket.remoteAddress),
      },
      (response) => {
        // Raw headers keep names, order and duplicates (several Set-Cookie) exactly as sent.
        outgoing.writeHead(response.statusCode ?? 502, response.statusMessage, response.rawHeaders);
        // Piped chunk by chunk, so streamed (RSC, Suspense) responses stay streamed.
        pipeline(response, outgoing, () => {});
      },
    );
    proxied.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end('upstream unreachable');
    });
    // pipe, not pipeline: an upstream failure must leave the client socket alive for the 502.
    incoming.pipe(proxied);
    // A client that goes away mid-exchange aborts the upstream request too.
    outgoing.on('close', () => {
      if (!outgoing.writableFinished) proxied.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `https://localhost:${port}`,
    port,
    certPath,
    async stop() {
      // Keep-alive sockets would hold close() open until they time out.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
