import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { InjectManifestOptions } from '@serwist/turbopack';
import { locales } from '@/lib/i18n/markets';
import { offlinePath } from './page-rules';

type ManifestTransform = NonNullable<InjectManifestOptions['manifestTransforms']>[number];

interface ClientReferenceManifest {
  entryJSFiles: Record<string, string[]>;
  entryCSSFiles: Record<string, { path: string; inlined?: boolean }[]>;
}

/**
 * Next writes each page's client manifest as a script that stores it on
 * `globalThis.__RSC_MANIFEST[page]` (from 16.5, with shared strings factored out, so it is no
 * longer a JSON literal): run it, on this build's own output, in a context of its own.
 */
function readClientManifest(file: string, page: string): ClientReferenceManifest {
  const context: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  const manifest = context.__RSC_MANIFEST?.[page];
  if (!manifest) throw new Error(`${file} holds no client manifest for ${page}`);
  return manifest;
}

/**
 * The app shell: Next's runtime plus the chunks and CSS the offline page loads (the root
 * layouts: header, search, cart badge). Everything else is cached as the shopper browses, so
 * the install stays small however large the catalog's code grows.
 */
export function shellFiles(distDir: string): Set<string> {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const offline = readClientManifest(
    path.join(distDir, 'server/app/[locale]/offline/page_client-reference-manifest.js'),
    '/[locale]/offline/page',
  );
  const css = Object.values(offline.entryCSSFiles)
    .flat()
    .filter((file) => !file.inlined)
    .map((file) => file.path);
  return new Set([...build.rootMainFiles, ...Object.values(offline.entryJSFiles).flat(), ...css]);
}

/**
 * Keeps only the shell from the globbed build files and adds each locale's offline page,
 * revised with the build id: a new build's offline page points at the new build's chunks.
 */
export function precacheShellOnly(distDir: string, buildId: string): ManifestTransform {
  return (entries) => {
    const shell = shellFiles(distDir);
    const prefix = `${distDir}/`;
    const files = entries.filter(
      (entry) => !entry.url.startsWith(prefix) || shell.has(entry.url.slice(prefix.length)),
    );
    const pages = locales.map((locale) => ({
      url: offlinePath(locale),
      revision: buildId,
      size: 0,
    }));
    return { manifest: [...files, ...pages], warnings: [] };
  };
}
