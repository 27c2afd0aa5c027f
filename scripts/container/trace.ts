import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import nft from 'next/dist/compiled/@vercel/nft';

const isInside = (folder: string, file: string) => !relative(folder, file).startsWith('..');

/**
 * Every file outside `distDir` that the build's own traces list (`next build` writes one
 * `.nft.json` per route, plus one for Next's server), as paths relative to `root`: what
 * `output: 'standalone'` would copy, read from any build, so the image's test can use the e2e
 * build. Files inside `distDir` are left out: the image takes the build folder whole.
 */
export function buildTraceFiles(root: string, distDir: string): string[] {
  const build = resolve(root, distDir);
  const traces = [
    join(build, 'next-server.js.nft.json'),
    ...readdirSync(join(build, 'server'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.nft.json'))
      .map((file) => join(build, 'server', file)),
  ];
  const files = new Set<string>();
  for (const trace of traces) {
    const { files: listed } = JSON.parse(readFileSync(trace, 'utf8')) as { files: string[] };
    for (const file of listed) {
      const absolute = resolve(dirname(trace), file);
      if (!isInside(build, absolute)) files.add(relative(root, absolute));
    }
  }
  return [...files];
}

/** The files `entries` (our bundles) load at run time, relative to `root`, the entries left out. */
export async function bundleTraceFiles(root: string, entries: string[]): Promise<string[]> {
  const { fileList } = await nft.nodeFileTrace(entries, { base: root, processCwd: root });
  const own = new Set(entries.map((entry) => relative(root, entry)));
  return [...fileList].filter((file) => !own.has(file));
}
