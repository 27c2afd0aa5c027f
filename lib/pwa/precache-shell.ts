import fs from 'node:fs';
import path from 'node:path';
import type { InjectManifestOptions } from '@serwist/turbopack';
import { locales } from '@/lib/i18n/markets';
import { offlinePath } from './page-rules';

type ManifestTransform = NonNullable<InjectManifestOptions['manifestTransforms']>[number];

interface ClientReferenceManifest {
  entryJSFiles: Record<string, string[]>;
  entryCSSFiles: Record<string, { path: string; inlined?: boolean }[]>;
}

/** Next writes each page's client manifest as a script assigning a JSON object. */
function readClientManifest(file: string): ClientReferenceManifest {
  const source = fs.readFileSync(file, 'utf8');
  const json = source.slice(source.indexOf('= {') + 2).replace(/;\s*$/, '');
  return JSON.parse(json) as ClientReferenceManifest;
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
