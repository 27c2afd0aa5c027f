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

/** Node arguments of one production server (scripts/serve.ts) on `hostname:port`. */
export function serveArgs(port: number | string, hostname: string): string[] {
  return ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--hostname', hostname];
}
