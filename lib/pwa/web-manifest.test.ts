import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/markets';
import { loadMessages } from '@/lib/i18n/messages';
import {
  APPLE_TOUCH_ICON,
  manifestPath,
  pwaMetadata,
  THEME_COLOR,
  webManifest,
} from './web-manifest';

const manifestFor = async (locale: (typeof locales)[number]) =>
  webManifest(locale, (await loadMessages(locale)).Manifest);

describe('webManifest', () => {
  it.each(locales)('%s: one app (same id and scope), started in its own locale', async (locale) => {
    const manifest = await manifestFor(locale);
    expect(manifest).toMatchObject({
      id: '/',
      scope: '/',
      lang: locale,
      dir: 'ltr',
      display: 'standalone',
      start_url: `/${locale}?source=pwa`,
      theme_color: THEME_COLOR,
      categories: ['shopping'],
    });
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.start_url?.startsWith(manifest.scope ?? '')).toBe(true);
  });

  it('takes its texts from the Manifest messages, in each language', async () => {
    const [en, ja] = await Promise.all([manifestFor('en-US'), manifestFor('ja-JP')]);
    expect(en).toMatchObject({ name: 'Northwind Supply', short_name: 'Northwind' });
    expect(en.short_name!.length).toBeLessThanOrEqual(12);
    expect(ja.description).not.toBe(en.description);
    expect(ja.shortcuts?.map((s) => s.name)).toEqual(['検索', 'カート']);
    expect(ja.screenshots?.map((s) => s.label)).not.toEqual(en.screenshots?.map((s) => s.label));
  });

  it('lists installable icons: any and maskable at 192 and 512', async () => {
    const { icons } = await manifestFor('en-US');
    const by = (purpose: string) =>
      icons?.filter((icon) => icon.purpose === purpose).map((icon) => icon.sizes);
    expect(by('any')).toEqual(['192x192', '512x512']);
    expect(by('maskable')).toEqual(['192x192', '512x512']);
  });

  it('has shortcuts to search and cart in the locale, with 96px icons', async () => {
    const { shortcuts } = await manifestFor('de-DE');
    expect(shortcuts?.map((s) => [s.name, s.url])).toEqual([
      ['Suchen', '/de-DE/search'],
      ['Warenkorb', '/de-DE/cart'],
    ]);
    for (const shortcut of shortcuts ?? [])
      expect(shortcut.icons).toEqual([
        expect.objectContaining({ sizes: '96x96', type: 'image/png' }),
      ]);
  });

  it("has one narrow and one wide screenshot with sizes in Chrome's limits", async () => {
    const { screenshots = [] } = await manifestFor('fr-FR');
    expect(screenshots.map((s) => s.form_factor)).toEqual(['narrow', 'wide']);
    for (const { sizes, label } of screenshots) {
      const [width, height] = (sizes ?? '').split('x').map(Number) as [number, number];
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(320);
      expect(Math.max(width, height) / Math.min(width, height)).toBeLessThanOrEqual(2.3);
      expect(label).toMatch(/\S/);
    }
    const [narrow, wide] = screenshots.map(
      (s) => (s.sizes ?? '').split('x').map(Number) as [number, number],
    );
    expect(narrow![0]).toBeLessThan(narrow![1]);
    expect(wide![0]).toBeGreaterThan(wide![1]);
  });

  // The generated files are committed; a renamed entry without a new file would 404 in browsers.
  it.each(locales)('names only files that exist under public/ (%s)', async (locale) => {
    const manifest = await manifestFor(locale);
    const files = [
      ...(manifest.icons ?? []).map((icon) => icon.src),
      ...(manifest.shortcuts ?? []).flatMap((s) => (s.icons ?? []).map((icon) => icon.src)),
      ...(manifest.screenshots ?? []).map((s) => s.src),
      APPLE_TOUCH_ICON.src,
    ];
    for (const src of files) expect(existsSync(join('public', src)), src).toBe(true);
  });

  it('is JSON without undefined holes', async () => {
    const manifest = await manifestFor('en-US');
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  });
});

describe('pwaMetadata', () => {
  it("links the locale's manifest and the iOS tags, keeping the favicon", () => {
    const metadata = pwaMetadata('ja-JP', 'Northwind');
    expect(metadata.manifest).toBe(manifestPath('ja-JP'));
    expect(metadata.manifest).toBe('/ja-JP/manifest.webmanifest');
    expect(metadata.appleWebApp).toEqual({
      capable: true,
      title: 'Northwind',
      statusBarStyle: 'default',
    });
    expect(metadata.icons).toMatchObject({
      icon: [{ url: '/icon.svg' }],
      apple: [{ url: '/pwa/apple-touch-icon.png', sizes: '180x180' }],
    });
    // Named again because `icons` replaces the file-based link; the file must still be there.
    expect(readFileSync('app/icon.svg', 'utf8')).toContain('<svg');
  });
});
