import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Next imports the cacheHandler file at run time with plain Node, outside its own bundles, so
 * the TypeScript handler (lib/cache/cache-handler.ts) is bundled into one CommonJS file
 * first: by next.config.ts whenever the bundle is missing or older than its sources, which
 * covers `next build`, `npm start` and `npm run cluster` alike. Packages (redis, next) stay
 * external. A deployed image carries the bundle and no sources: it is then used as it is.
 */
// Next and every script run from the project root.
const ROOT = process.cwd();
const ENTRY = join(ROOT, 'lib/cache/cache-handler.ts');
const SOURCES = ['lib/cache', 'lib/redis', 'lib/security'].map((folder) => join(ROOT, folder));
const CACHE_HANDLER_BUNDLE = join(ROOT, '.build/cache-handler.cjs');

export function cacheHandlerBundle(): string {
  if (!existsSync(ENTRY)) return CACHE_HANDLER_BUNDLE;
  if (existsSync(CACHE_HANDLER_BUNDLE) && newestSource() <= mtime(CACHE_HANDLER_BUNDLE))
    return CACHE_HANDLER_BUNDLE;
  mkdirSync(dirname(CACHE_HANDLER_BUNDLE), { recursive: true });
  // Written aside and renamed: a build and a server starting together never read half a file.
  const partial = `${CACHE_HANDLER_BUNDLE}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [ENTRY],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  renameSync(partial, CACHE_HANDLER_BUNDLE);
  return CACHE_HANDLER_BUNDLE;
}

function newestSource(): number {
  return Math.max(
    ...SOURCES.flatMap((folder) =>
      readdirSync(folder)
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .map((file) => mtime(join(folder, file))),
    ),
  );
}

function mtime(file: string): number {
  return statSync(file).mtimeMs;
}
