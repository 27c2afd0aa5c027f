import { execFileSync } from 'node:child_process';
import { constants, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * `npm start` (unless REUSE_BUILD=0) skips `next build` when the build folder holds a build of
 * the same source files made with the same baked-in settings: a restart costs seconds instead
 * of a minute's build, and so does a single e2e spec re-run.
 *
 * A served build does not stay as built: ISR rewrites the prerendered pages under server/app
 * with whatever data the last run left in the services. A reused build would then start with
 * another run's prices and stock, so the build keeps a copy of its prerendered pages and a reuse
 * starts from that copy.
 */

/** Files no build reads: editing a spec or a doc must not cost a rebuild. */
const NOT_BUILT = [/^e2e\//, /^docs\//, /^bench\//, /\.md$/, /\.test\.tsx?$/];

const keptDir = (distDir: string) => path.join(distDir, 'reuse');
const fingerprintFile = (distDir: string) => path.join(keptDir(distDir), 'fingerprint');
const keptPages = (distDir: string) => path.join(keptDir(distDir), 'server-app');
const servedPages = (distDir: string) => path.join(distDir, 'server', 'app');

/**
 * Settings the build bakes in that no later render changes: client-side values and what decides
 * which pages are prerendered and how actions are sealed. Not SITE_URL or the services' address,
 * though prerendered pages hold them too: a reuse starts from the pages as built and ISR renders
 * them again within five minutes (REUSE_BUILD=0 builds at once); and the e2e projects share one
 * build across ports by design.
 */
const BAKED_IN = [
  'PRERENDER_PRODUCTS',
  'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
  'STOREFRONT_BUILD_ID',
];

function buildSettings(env: Record<string, string | undefined>): string[] {
  const names = new Set([
    ...BAKED_IN,
    ...Object.keys(env).filter((name) => name.startsWith('NEXT_PUBLIC_')),
  ]);
  return [...names].sort().map((name) => `${name}=${env[name] ?? ''}`);
}

/**
 * A hash of every file git sees (tracked or not, ignored ones left out) that a build reads, and
 * of the settings in `env` it may read. Undefined outside a git work tree: nothing is then reused.
 */
export function sourceFingerprint(env: Record<string, string | undefined>): string | undefined {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
  const files = listed
    .split('\0')
    .filter((file) => file && !NOT_BUILT.some((pattern) => pattern.test(file)))
    .sort();
  const hash = createHash('sha256');
  for (const setting of buildSettings(env)) hash.update(setting).update('\0');
  for (const file of files) {
    // Deleted in the work tree but still in the index: the build does not see it either.
    if (!existsSync(file)) continue;
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const buildId = (distDir: string) => readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8');

/** Whether `distDir` holds a finished build of `fingerprint` together with its kept pages. */
export function canReuseBuild(distDir: string, fingerprint: string | undefined): boolean {
  if (!fingerprint || !existsSync(keptPages(distDir))) return false;
  try {
    // The kept pages belong to this very build, not to one made before it into the same folder.
    return readFileSync(fingerprintFile(distDir), 'utf8') === `${fingerprint} ${buildId(distDir)}`;
  } catch {
    return false;
  }
}

/**
 * After a build of the sources hashed as `fingerprint` (taken before it started, so an edit made
 * during the build makes the next run build again): keeps the prerendered pages as built.
 */
export function keepBuild(distDir: string, fingerprint: string | undefined): void {
  rmSync(keptDir(distDir), { recursive: true, force: true });
  if (!fingerprint) return;
  // A copy-on-write clone where the file system has them, else a plain copy (about 150 MB).
  cpSync(servedPages(distDir), keptPages(distDir), {
    recursive: true,
    mode: constants.COPYFILE_FICLONE,
  });
  writeFileSync(fingerprintFile(distDir), `${fingerprint} ${buildId(distDir)}`);
}

/**
 * Puts back the prerendered pages as built, over whatever ISR wrote since; from Next 16.5 on,
 * ISR writes its entries under server/route-cache instead, which goes too.
 */
export function restoreBuild(distDir: string): void {
  rmSync(path.join(distDir, 'server', 'route-cache'), { recursive: true, force: true });
  rmSync(servedPages(distDir), { recursive: true, force: true });
  cpSync(keptPages(distDir), servedPages(distDir), {
    recursive: true,
    mode: constants.COPYFILE_FICLONE,
  });
}

/** Drops the kept pages before a build: what they belong to is about to be replaced. */
export function forgetBuild(distDir: string): void {
  rmSync(keptDir(distDir), { recursive: true, force: true });
}
