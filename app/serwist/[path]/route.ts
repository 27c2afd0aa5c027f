import { createSerwistRoute } from '@serwist/turbopack';
import { precacheShellOnly } from '@/lib/pwa/precache-shell';

// The folder and build id next.config.ts builds with.
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const buildId = process.env.STOREFRONT_BUILD_ID;
if (!buildId)
  throw new Error('STOREFRONT_BUILD_ID is unset: next.config.ts sets it for every build.');

/**
 * Serves the service worker (`/serwist/sw.js`), bundled from lib/pwa/worker at build time with
 * its precache list: the app shell and the offline pages.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute(
  {
    swSrc: 'lib/pwa/worker/sw.ts',
    useNativeEsbuild: true,
    // A classic script: module service workers are not supported everywhere yet.
    esbuildOptions: { format: 'iife' },
    globPatterns: [`${distDir}/static/**/*.{js,css}`],
    manifestTransforms: [precacheShellOnly(distDir, buildId)],
  },
);
