/**
 * The palette, read by Tailwind (tailwind.config.ts) and by what paints outside the CSS: the
 * browser's theme colour and the installed app's splash screen (lib/pwa/web-manifest.ts), and
 * the OpenGraph images (lib/seo/og-image.tsx).
 */
export const colors = {
  ink: { DEFAULT: '#1c1917', muted: '#57534e', subtle: '#78716c' },
  paper: { DEFAULT: '#ffffff', warm: '#faf7f2', line: '#e7e5e4' },
  brand: { DEFAULT: '#1e3a8a', strong: '#172554', soft: '#dbeafe' },
  sale: '#b91c1c',
  ok: '#166534',
  warn: '#9a3412',
} as const;
