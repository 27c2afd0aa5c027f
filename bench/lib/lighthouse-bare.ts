import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { exitCode, portFree, waitForHttp } from '../../scripts/lib/processes';
import { linkPackages } from './lighthouse-bare-modules';

/**
 * The reference the storefront is measured against: a Next.js app with nothing in it, built and
 * served by the repo's own `next`, `react` and `react-dom` (same versions, same Chromium, same
 * hour), so a gap in the table is ours and not the framework's or the machine's.
 *
 * Its source is generated at bench time into `.bench/bare-next/` (git-ignored, and left out of
 * prettier, eslint and tsc), with hard links to the repo's packages as its node_modules and
 * itself as Turbopack's root (bench/lib/lighthouse-bare-modules.ts says why).
 */
const BARE_DIR = resolve('.bench/bare-next');
const barePort = Number(process.env.LIGHTHOUSE_BARE_PORT ?? 3690);
export const bareUrl = `http://127.0.0.1:${barePort}/`;

const repoRoot = resolve('.');
// The bare app's own copy of Next's CLI, so Node resolves everything from inside its folder.
const NEXT_BIN = join(BARE_DIR, 'node_modules/next/dist/bin/next');

// JSX, not TSX: without a tsconfig of its own Next neither installs nor type-checks anything.
const files: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'bare-next', private: true }, null, 2)}\n`,
  'app/layout.jsx': `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.jsx': `export default function Page() {
  return (
    <>
      <h1>A bare Next.js page</h1>
      <p>A root layout, a heading and a paragraph: what the framework costs before any app code.</p>
    </>
  );
}
`,
  // A config of its own is required: without one Next looks up the tree and loads the
  // storefront's next.config.ts. Without the root named, Turbopack would take the folder of the
  // nearest lockfile (the repo) and see the storefront's instrumentation.ts and proxy.ts.
  'next.config.mjs': `export default {
  turbopack: { root: ${JSON.stringify(BARE_DIR)} },
  outputFileTracingRoot: ${JSON.stringify(BARE_DIR)},
};
`,
};

const version = (name: string) =>
  (createRequire(join(repoRoot, 'package.json'))(`${name}/package.json`) as { version: string })
    .version;

/** The versions both apps run (and the measuring tool's), printed next to the numbers. */
export const frameworkVersions = {
  next: version('next'),
  react: version('react'),
  'react-dom': version('react-dom'),
  lighthouse: version('lighthouse'),
};

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
};

/**
 * Writes the source, links the packages and runs `next build`, unless the last build was made
 * from the same source with the same versions: it takes a minute or more on a busy 2-core
 * machine, which matters when an engineer iterates on one page with LIGHTHOUSE_PAGES.
 */
export async function buildBare(): Promise<void> {
  const { lighthouse: _, ...framework } = frameworkVersions;
  const stamp = JSON.stringify({ files, framework });
  const stampFile = join(BARE_DIR, 'build-stamp.json');
  const built =
    existsSync(join(BARE_DIR, '.next/BUILD_ID')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp;
  if (built) {
    console.log(`bare Next.js app: reusing the build in ${BARE_DIR}`);
    return;
  }
  rmSync(BARE_DIR, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(BARE_DIR, path, '..'), { recursive: true });
    writeFileSync(join(BARE_DIR, path), text);
  }
  const linked = linkPackages(repoRoot, BARE_DIR, ['next', 'react', 'react-dom']);
  console.log(`bare Next.js app: ${linked} files linked; next build ${BARE_DIR}`);
  const build = spawn(process.execPath, [NEXT_BIN, 'build'], {
    cwd: BARE_DIR,
    env: childEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await exitCode(build);
  if (code !== 0) throw new Error(`next build of the bare app exited with ${code}`);
  writeFileSync(stampFile, stamp);
}

/** `next start` on the bare build; resolves once it answers. The caller stops it. */
export async function serveBare(): Promise<ChildProcess> {
  if (!(await portFree(barePort)))
    throw new Error(`port ${barePort} is taken: set LIGHTHOUSE_BARE_PORT to a free one`);
  const server = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '-p', String(barePort), '-H', '127.0.0.1'],
    { cwd: BARE_DIR, env: childEnv, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    await waitForHttp(bareUrl, 60_000, server);
  } catch (error) {
    server.kill('SIGTERM'); // not yet the caller's to stop
    throw error;
  }
  return server;
}
