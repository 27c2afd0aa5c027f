import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheShellOnly, shellFiles } from './precache-shell';

let distDir: string;

/** A build folder with the two manifests Next writes before it prerenders. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'precache-shell-'));
  writeFileSync(
    path.join(dir, 'build-manifest.json'),
    JSON.stringify({ rootMainFiles: ['static/chunks/runtime.js', 'static/chunks/react.js'] }),
  );
  const offline = path.join(dir, 'server/app/[locale]/offline');
  mkdirSync(offline, { recursive: true });
  const manifest = {
    entryJSFiles: {
      '[project]/app/[locale]/layout': ['static/chunks/layout.js'],
      '[project]/app/[locale]/offline/page': [
        'static/chunks/layout.js',
        'static/chunks/offline.js',
      ],
    },
    entryCSSFiles: {
      '[project]/app/[locale]/layout': [
        { path: 'static/chunks/site.css', inlined: false },
        { path: 'static/chunks/inlined.css', inlined: true },
      ],
    },
  };
  writeFileSync(
    path.join(offline, 'page_client-reference-manifest.js'),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/[locale]/offline/page"] = ${JSON.stringify(manifest)};\n`,
  );
  return dir;
}

afterEach(() => rmSync(distDir, { recursive: true, force: true }));

describe('the precached app shell', () => {
  it("is Next's runtime plus the offline page's chunks and linked CSS", () => {
    distDir = fakeBuild();
    expect([...shellFiles(distDir)].sort()).toEqual(
      [
        'static/chunks/layout.js',
        'static/chunks/offline.js',
        'static/chunks/react.js',
        'static/chunks/runtime.js',
        'static/chunks/site.css',
      ].sort(),
    );
  });

  it('drops every other build file and adds the four offline pages revised with the build id', async () => {
    distDir = fakeBuild();
    const entry = (file: string) => ({ url: `${distDir}/${file}`, revision: null, size: 10 });
    const globbed = [
      'static/chunks/runtime.js',
      'static/chunks/site.css',
      'static/chunks/ops-page.js',
      'static/chunks/checkout.js',
    ].map(entry);
    const result = await precacheShellOnly(distDir, 'build-42')(globbed);
    expect(result.manifest.map((e) => e.url)).toEqual([
      `${distDir}/static/chunks/runtime.js`,
      `${distDir}/static/chunks/site.css`,
      '/en-US/offline',
      '/de-DE/offline',
      '/fr-FR/offline',
      '/ja-JP/offline',
    ]);
    expect(
      result.manifest
        .filter((e) => e.url.endsWith('/offline'))
        .every((e) => e.revision === 'build-42'),
    ).toBe(true);
  });
});
