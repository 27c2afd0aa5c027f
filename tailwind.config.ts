import type { Config } from 'tailwindcss';
import { colors } from './styles/colors';

/** Design tokens. Content sources are declared in styles/globals.css with @source. */
export default {
  theme: {
    extend: {
      colors,
      fontFamily: {
        // System fonts: zero bytes, no swap and so no layout shift, native glyphs for Japanese.
        sans: [
          'system-ui',
          '-apple-system',
          'Segoe UI',
          'Roboto',
          'Helvetica Neue',
          'Hiragino Sans',
          'Noto Sans JP',
          'Noto Sans CJK JP',
          'sans-serif',
        ],
      },
      maxWidth: { page: '80rem' },
    },
  },
} satisfies Config;
