import { rmSync } from 'node:fs';
import {
  canReuseBuild,
  forgetBuild,
  keepBuild,
  restoreBuild,
  sourceFingerprint,
} from './build-reuse';
import { exitCode, run } from './processes';

/** Next's CLI, run with our own Node so no shell or npx sits between us and it. */
export const NEXT_BIN = 'node_modules/next/dist/bin/next';

/**
 * `next build` into `distDir` (NEXT_DIST_DIR in `env`), or, with `reuse` (unless REUSE_BUILD=0),
 * the last build again when no source file and no setting changed since it was made
 * (scripts/lib/build-reuse.ts).
 * Resolves to the build's exit code, 0 when reused.
 */
export async function buildOrReuse(
  distDir: string,
  env: NodeJS.ProcessEnv,
  reuse: boolean,
): Promise<number> {
  // Fetch-cache entries from an earlier build would bake old catalog data into this one.
  rmSync(`${distDir}/cache/fetch-cache`, { recursive: true, force: true });
  const fingerprint = reuse ? sourceFingerprint(env) : undefined;
  if (reuse && canReuseBuild(distDir, fingerprint)) {
    console.log(`REUSE_BUILD: sources unchanged since the build in ${distDir}, not building`);
    restoreBuild(distDir);
    return 0;
  }
  forgetBuild(distDir);
  const code = await exitCode(run(process.execPath, [NEXT_BIN, 'build'], env));
  if (code === 0 && reuse) keepBuild(distDir, fingerprint);
  return code;
}

/**
 * Node arguments of one production server (scripts/serve.ts) on `hostname:port`. Its heap is
 * capped (STOREFRONT_HEAP_MB, 512 by default): left alone, V8 sizes the old space by the
 * machine's memory and keeps ~1 GB it no longer needs between major collections, while the live
 * heap levels off at 160-250 MB (BENCHMARKS.md, memory under search load).
 */
export function serveArgs(
  port: number | string,
  hostname: string,
  env: Record<string, string | undefined> = process.env,
): string[] {
  const heapMb = Number(env.STOREFRONT_HEAP_MB || 512);
  if (!Number.isInteger(heapMb) || heapMb < 128)
    throw new Error(
      `STOREFRONT_HEAP_MB must be a whole number of MB, at least 128, not "${env.STOREFRONT_HEAP_MB}"`,
    );
  return [
    `--max-old-space-size=${heapMb}`,
    '--import',
    'tsx',
    'scripts/serve.ts',
    '--port',
    String(port),
    '--hostname',
    hostname,
  ];
}
