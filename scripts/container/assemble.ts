import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { bundleContainer } from './bundle';
import { buildTraceFiles, bundleTraceFiles } from './trace';

/** What of a build folder a server never reads: caches, kept copies, traces, build-time files. */
const NOT_SERVED = new Set([
  ...['cache', 'reuse', 'standalone', 'trace', 'trace-build', 'types'],
  ...['diagnostics', 'build', 'lock', 'turbopack'],
]);

function served(build: string, path: string): boolean {
  const inside = relative(build, path);
  const [top] = inside.split('/');
  if (NOT_SERVED.has(top!)) return false;
  // ISR state of whoever served this build before (Next 16.5 writes it under server/route-cache).
  if (inside === 'server/route-cache') return false;
  return !basename(path).endsWith('.nft.json');
}

/**
 * The image's files, from a finished build in `distDir`, into `out` (the build stage's
 * /image, which the Dockerfile's final stage copies from):
 * - `out/app`: what /app holds, owned by root: the build as `.next`, `public`, our bundles
 *   (scripts/container/bundle.ts) and only the package files the build's and the bundles'
 *   traces list;
 * - `out/empty`: an empty folder, copied to each path the server writes, owned by its user.
 */
export async function assembleImage(root: string, distDir: string, out: string): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  const app = join(out, 'app');
  const bundles = bundleContainer(root);
  const files = new Set([
    'package.json',
    ...bundles.map((bundle) => relative(root, bundle)),
    ...buildTraceFiles(root, distDir),
    ...(await bundleTraceFiles(root, bundles)),
  ]);
  for (const file of files) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    cpSync(join(root, file), join(app, file), { dereference: true, recursive: true });
  }
  const build = resolve(root, distDir);
  cpSync(build, join(app, '.next'), { recursive: true, filter: (path) => served(build, path) });
  cpSync(join(root, 'public'), join(app, 'public'), { recursive: true });
  symlinkSync('../cache/route-cache', join(app, '.next/server/route-cache'));
  mkdirSync(join(out, 'empty'));
}
