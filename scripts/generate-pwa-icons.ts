/**
 * Draws the PWA icons into public/pwa/ from the brand mark in app/icon.svg (the favicon), so
 * there is one drawing of the logo. Sizes and file names come from lib/pwa/web-manifest.ts.
 * The PNGs are committed; run again after changing the mark:
 *   npx tsx scripts/generate-pwa-icons.ts
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  APPLE_TOUCH_ICON,
  PWA_ICONS,
  SHORTCUT_ICON_SIZE,
  SHORTCUT_ICONS,
  THEME_COLOR,
} from '../lib/pwa/web-manifest';

const OUT = 'public';
const mark = readFileSync('app/icon.svg', 'utf8');

/**
 * The mark's rounded square, made square. A maskable icon must fill its canvas: the launcher
 * cuts its own shape (circle, squircle) and would show transparent corners as white or black.
 * iOS rounds the apple-touch-icon itself too. The glyph stays as drawn: it spans 28 of 64 units,
 * so its farthest corner is 0.31 × size from the centre, inside the 0.40 safe-zone circle,
 * with 28% of padding on each side.
 */
function fullBleed(svg: string): string {
  const square = svg.replace(/(<rect\b[^>]*?)\s+rx="[^"]*"/, '$1');
  if (square === svg)
    throw new Error(
      'app/icon.svg changed shape: expected a <rect rx="…"> background to square off.',
    );
  return square;
}

/** Shortcut glyphs on the mark's background, in its 64-unit box; simple enough to read at 96px. */
const GLYPHS = {
  // A magnifying glass.
  search:
    '<circle cx="28" cy="28" r="11" fill="none" stroke="#fff" stroke-width="6"/><path d="M36.5 36.5L47 47" stroke="#fff" stroke-width="7" stroke-linecap="round"/>',
  // A shopping cart: handle, basket, two wheels.
  cart: '<path d="M15 17h6l5 21h20l4-15H23" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/><circle cx="29" cy="46" r="3.5" fill="#fff"/><circle cx="43" cy="46" r="3.5" fill="#fff"/>',
} as const;

function shortcutSvg(glyph: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${THEME_COLOR}"/>${glyph}</svg>`;
}

async function write(
  svg: string,
  size: number,
  src: string,
  { opaque = false } = {},
): Promise<void> {
  // Rasterize the 64-unit drawing at the target size rather than scaling a small bitmap up.
  let image = sharp(Buffer.from(svg), { density: (72 * size) / 64 }).resize(size, size);
  // iOS fills transparency with black; an opaque icon has no alpha channel at all.
  if (opaque) image = image.flatten({ background: THEME_COLOR }).removeAlpha();
  const path = join(OUT, src);
  await image.png({ compressionLevel: 9, palette: true }).toFile(path);
  console.log(`${path} ${size}x${size} ${statSync(path).size} B`);
}

mkdirSync(join(OUT, 'pwa'), { recursive: true });
for (const { src, size, purpose } of PWA_ICONS) {
  await write(purpose === 'maskable' ? fullBleed(mark) : mark, size, src);
}
await write(fullBleed(mark), APPLE_TOUCH_ICON.size, APPLE_TOUCH_ICON.src, { opaque: true });
for (const [name, src] of Object.entries(SHORTCUT_ICONS) as [keyof typeof GLYPHS, string][]) {
  await write(shortcutSvg(GLYPHS[name]), SHORTCUT_ICON_SIZE, src);
}
