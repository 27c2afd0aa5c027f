import type { Silhouette } from '../catalog/data/categories';

/** Outline drawings in a 100x100 box: `fill` is the solid shape, `stroke` optional line detail. */
interface Drawing {
  fill: string;
  stroke?: string;
}

const circle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy} a${r} ${r} 0 1 0 ${r * 2} 0 a${r} ${r} 0 1 0 ${-r * 2} 0 Z`;

export const SILHOUETTES: Record<Silhouette, Drawing> = {
  shirt: {
    fill: 'M35 12 L45 8 L50 14 L55 8 L65 12 L88 30 L80 42 L70 34 L70 92 L30 92 L30 34 L20 42 L12 30 Z',
    stroke: 'M50 14 L50 92',
  },
  tshirt: { fill: 'M34 14 Q50 22 66 14 L86 26 L78 40 L68 34 L68 90 L32 90 L32 34 L22 40 L14 26 Z' },
  sweater: {
    fill: 'M34 12 Q50 20 66 12 L82 20 L92 80 L80 82 L70 40 L70 90 L30 90 L30 40 L20 82 L8 80 L18 20 Z',
    stroke: 'M30 84 L70 84',
  },
  jacket: {
    fill: 'M34 10 L50 22 L66 10 L84 18 L92 84 L80 86 L72 40 L72 92 L28 92 L28 40 L20 86 L8 84 L16 18 Z',
    stroke: 'M50 22 L50 92 M34 10 L44 40 M66 10 L56 40',
  },
  dress: {
    fill: 'M40 8 L60 8 L62 28 L58 36 L80 92 L20 92 L42 36 L38 28 Z',
    stroke: 'M42 36 L58 36',
  },
  pants: { fill: 'M30 8 L70 8 L76 92 L56 92 L50 36 L44 92 L24 92 Z', stroke: 'M30 14 L70 14' },
  skirt: { fill: 'M34 20 L66 20 L82 84 L18 84 Z', stroke: 'M34 26 L66 26' },
  shoe: {
    fill: 'M10 62 L14 40 L30 42 Q40 52 52 50 L78 60 Q92 64 92 74 L92 80 L10 80 Z',
    stroke: 'M10 74 L92 74',
  },
  boot: {
    fill: 'M30 10 L56 10 L56 56 L84 64 Q92 68 92 76 L92 84 L30 84 Z',
    stroke: 'M30 78 L92 78',
  },
  bag: { fill: 'M18 36 L82 36 L88 90 L12 90 Z', stroke: 'M34 36 Q34 14 50 14 Q66 14 66 36' },
  hat: {
    fill: 'M10 66 Q50 76 90 66 Q92 72 50 80 Q8 72 10 66 Z M28 66 Q28 30 50 30 Q72 30 72 66 Z',
  },
  scarf: {
    fill: 'M30 8 L54 8 L54 70 L62 92 L46 92 L42 74 L38 92 L24 92 L30 70 Z',
    stroke: 'M30 20 L54 20 M30 60 L54 60',
  },
  glasses: {
    fill: `${circle(32, 50, 14)} ${circle(68, 50, 14)}`,
    stroke: 'M46 48 Q50 44 54 48 M18 48 L8 42 M82 48 L92 42',
  },
  watch: {
    fill: `M42 8 L58 8 L58 92 L42 92 Z ${circle(50, 50, 20)}`,
    stroke: 'M50 50 L50 38 M50 50 L58 54',
  },
  lamp: {
    fill: 'M30 14 L70 14 L80 44 L20 44 Z M48 44 L52 44 L52 82 L48 82 Z M32 82 L68 82 L68 90 L32 90 Z',
  },
  vase: { fill: 'M40 10 L60 10 L58 24 Q80 40 74 70 Q70 90 50 90 Q30 90 26 70 Q20 40 42 24 Z' },
  pillow: { fill: 'M16 22 Q50 30 84 22 Q76 50 84 78 Q50 70 16 78 Q24 50 16 22 Z' },
  mug: { fill: 'M24 30 L66 30 L66 84 L24 84 Z', stroke: 'M66 42 Q86 42 86 57 Q86 72 66 72' },
};
