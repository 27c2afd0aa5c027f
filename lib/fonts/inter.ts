import localFont from 'next/font/local';

/** Inter ships in the repo (SIL OFL, assets/fonts/OFL.txt): builds never fetch fonts. */
export const inter = localFont({
  src: '../../assets/fonts/inter-latin-wght.woff2',
  variable: '--font-inter',
  display: 'swap',
  weight: '100 900',
});
