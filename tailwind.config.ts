import type { Config } from 'tailwindcss';

/** Design tokens. Content sources are declared in styles/globals.css with @source. */
export default {
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: '#1c1917', muted: '#57534e', subtle: '#78716c' },
        paper: { DEFAULT: '#ffffff', warm: '#faf7f2', line: '#e7e5e4' },
        brand: { DEFAULT: '#1e3a8a', strong: '#172554', soft: '#dbeafe' },
        sale: '#b91c1c',
        ok: '#166534',
        warn: '#9a3412',
      },
      fontFamily: {
        // System fonts: zero bytes, no swap and so no layout shift, native glyphs for Japanese.
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Hiragino Sans', 'Noto Sans JP', 'Noto Sans CJK JP', 'sans-serif'],
      },
      maxWidth: { page: '80rem' },
    },
  },
} satisfies Config;
