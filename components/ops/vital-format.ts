import type { Rating, VitalName } from '@/lib/rum/vitals';

/** CLS is unitless; the rest are milliseconds, shown whole. */
export function formatVital(name: VitalName, value: number | null): string {
  if (value === null) return '–';
  return name === 'CLS' ? value.toFixed(3) : `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** The Core Web Vitals report's colours, so the page reads like the tools people know. */
export const RATING_COLORS: Record<Rating, string> = {
  good: '#0a7d3e',
  'needs-improvement': '#b86e00',
  poor: '#c62828',
};

export const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`;
