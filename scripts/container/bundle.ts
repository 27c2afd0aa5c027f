import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { cacheHandlerBundle } from '../lib/cache-handler-bundle';
import { BUNDLE_DIR } from './layout';

/**
 * The image runs plain Node, without tsx or TypeScript sources: the entry point, the production
 * server and the reference services become ES modules under .build/container (split, so a
 * storefront never loads the services' code), and the Redis cache handler its CommonJS bundle.
 * Packages stay external: they are traced into the image (scripts/container/trace.ts).
 */
export function bundleContainer(root: string): string[] {
  const outdir = join(root, BUNDLE_DIR);
  rmSync(outdir, { recursive: true, force: true });
  const result = buildSync({
    entryPoints: [join(root, 'scripts/container/entry.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    tsconfig: join(root, 'tsconfig.json'),
    metafile: true,
    logLevel: 'warning',
  });
  return [
    ...Object.keys(result.metafile.outputs).map((file) => join(root, file)),
    cacheHandlerBundle(),
  ];
}
