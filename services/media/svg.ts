import { SILHOUETTES } from './silhouettes';
import type { Silhouette } from '../catalog/data/categories';

export interface Placement {
  silhouette: Silhouette;
  color: string;
  /** Centre, as a fraction of the canvas. */
  x: number;
  y: number;
  /** Drawing size as a fraction of the canvas's shorter side. */
  scale: number;
}

/** Mixes a "#rrggbb" colour towards white by `amount` (0..1). */
function tint(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16));
  return `#${channels
    .map((value) =>
      Math.round(value + (255 - value) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** A soft vertical gradient with one or more silhouettes resting on a shadow. */
export function sceneSvg(
  width: number,
  height: number,
  background: string,
  placements: Placement[],
): string {
  const side = Math.min(width, height);
  const shapes = placements.map(({ silhouette, color, x, y, scale }) => {
    const drawing = SILHOUETTES[silhouette];
    const size = side * scale;
    const left = x * width - size / 2;
    const top = y * height - size / 2;
    const outline = tint('#000000', 0.25);
    return (
      `<ellipse cx="${x * width}" cy="${top + size * 0.95}" rx="${size * 0.38}" ry="${size * 0.05}" fill="#000" opacity="0.12"/>` +
      `<g transform="translate(${left} ${top}) scale(${size / 100})">` +
      `<path d="${drawing.fill}" fill="${color}" stroke="${outline}" stroke-opacity="0.35" stroke-width="0.8" stroke-linejoin="round"/>` +
      (drawing.stroke
        ? `<path d="${drawing.stroke}" fill="none" stroke="${outline}" stroke-opacity="0.5" stroke-width="1.4" stroke-linecap="round"/>`
        : '') +
      '</g>'
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${tint(background, 0.8)}"/>` +
    `<stop offset="1" stop-color="${tint(background, 0.5)}"/></linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>${shapes.join('')}</svg>`
  );
}
