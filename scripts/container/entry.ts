/**
 * The container image's entry point (Dockerfile ENTRYPOINT), run from /app:
 * - no argument: a storefront instance (scripts/serve.ts) on $HOSTNAME:$PORT;
 * - `services`: the embedded reference services (services/main.ts) on $SERVICES_HOST:$SERVICES_PORT.
 * Bundled with what it runs into .build/container/ (scripts/container/bundle.ts).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CACHE_HANDLER, ROUTE_CACHE } from './layout';
import { containerNextConfig } from './next-config';

const command = process.argv[2];
if (command === 'services') {
  await import('../../services/main');
} else if (command === undefined) {
  const built = JSON.parse(readFileSync('.next/required-server-files.json', 'utf8')).config;
  // Read by Next instead of next.config.ts (as in its standalone output's server.js).
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(
    containerNextConfig(built, process.env, resolve(CACHE_HANDLER)),
  );
  // .next/server/route-cache links here: created on every start, since a fresh volume is empty.
  mkdirSync(ROUTE_CACHE, { recursive: true });
  process.argv.push('--port', process.env.PORT || '3000');
  process.argv.push('--hostname', process.env.HOSTNAME || '0.0.0.0');
  await import('../serve');
} else {
  console.error(`Unknown command "${command}": run the image with no argument, or with "services"`);
  process.exit(2);
}
