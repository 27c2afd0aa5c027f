import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Catalog } from './catalog/catalog';
import { localeSchema } from './catalog/locale';
import { composeServices } from './compose';
import { resolveOptions, type ServicesOptions } from './config';
import { openDatabase } from './db/database';
import { createRequestHandler } from './framework/handler';
import { createRequestLogger, type LogSink } from './framework/log';
import { Router } from './framework/router';
import { RequestCounters } from './ops/counters';
import { FaultInjector } from './ops/faults';
import type { OramaProductSearch } from './search/orama-product-search';

export type { ServicesOptions } from './config';

export interface RunningServices {
  /** Where the server listens, e.g. http://127.0.0.1:4010. */
  url: string;
  close(): Promise<void>;
}

/** `logSink` receives the request log lines (when `log` is 'info') instead of stdout. */
export async function startServices(
  input: ServicesOptions,
  logSink?: LogSink,
): Promise<RunningServices> {
  const options = resolveOptions(input);
  const startedAt = performance.now();
  const database = openDatabase(options);
  const catalog = Catalog.generate(options.catalogSeed, options.catalogSize);
  const generatedMs = Math.round(performance.now() - startedAt);
  const db = await database;

  // Listen before wiring routes: the public URL may depend on the port picked by the OS.
  // Idle keep-alive connections outlive their clients' (fetch drops its own after 4 s): a server
  // that closes one first (Node's default is 5 s) can do so just as a client sends on it, and
  // that request fails with ECONNRESET (seen in the e2e suite, whose request client keeps them).
  const server = createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 });
  const url = await listen(server, options.host, options.port);
  const counters = new RequestCounters();
  const faults = new FaultInjector();
  const services = await composeServices({
    options,
    publicUrl: options.publicUrl ?? url,
    db,
    catalog,
    counters,
    faults,
  });
  const handle = createRequestHandler({
    router: new Router(services.routes),
    counters,
    faults,
    log: createRequestLogger(options.log === 'info', logSink),
  });
  server.on('request', (request, response) => void handle(request, response));

  // A failed warm-up costs the first search in that locale a synchronous build, nothing more;
  // it must not become an unhandled rejection that takes the process down.
  if (options.warmSearch)
    warmSearchIndexes(services.search, options.log === 'info').catch((error: unknown) =>
      console.error(JSON.stringify({ msg: 'search index warm-up failed', error: String(error) })),
    );
  if (options.log === 'info') {
    const readyMs = Math.round(performance.now() - startedAt);
    console.log(
      JSON.stringify({
        msg: 'services ready',
        url,
        // Which backend, never the URL: it may carry a password.
        database: options.databaseUrl ? 'postgresql' : 'pglite',
        catalogSize: catalog.products.length,
        generatedMs,
        readyMs,
      }),
    );
  }

  return {
    url,
    close: async () => {
      // The mail worker finishes the send in hand first: it writes the outcome to the database.
      await services.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
    },
  };
}

function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: boundPort } = server.address() as AddressInfo;
      const reachableHost =
        host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      resolve(`http://${reachableHost}:${boundPort}`);
    });
  });
}

/**
 * Builds each locale's search index in turn, in slices that hand the event loop back (see
 * LocaleIndex.buildYielding): requests arriving meanwhile are answered in milliseconds, not
 * after a whole locale's build.
 */
async function warmSearchIndexes(search: OramaProductSearch, log: boolean): Promise<void> {
  for (const locale of localeSchema.options) await search.warm(locale);
  if (log) console.log(JSON.stringify({ msg: 'search indexes built', ms: search.buildTimes() }));
}
