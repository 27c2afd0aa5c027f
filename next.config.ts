import { randomBytes } from 'node:crypto';
import { withSerwist } from '@serwist/turbopack';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { cacheLifetimes } from './lib/cache/manifest';
import { LISTING_QUERY_KEYS } from './lib/listing/listing-params';
import { securityHeaders } from './lib/security/headers';
import { cacheHandlerBundle } from './scripts/lib/cache-handler-bundle';
import { deploymentConfig } from './scripts/lib/deployment-config';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// One id per build. Set here, before Next starts its build workers, so they inherit it: the
// service worker's precache (app/serwist) revises the offline pages with it while Next's own
// BUILD_ID file does not exist yet. Set STOREFRONT_BUILD_ID (a commit SHA, say) to pin it.
process.env.STOREFRONT_BUILD_ID ||= `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
const buildId = process.env.STOREFRONT_BUILD_ID;

// The shared cache (REDIS_URL) and the media host: settings of the deployment, not of the build.
const deployment = deploymentConfig(process.env, cacheHandlerBundle);

const config: NextConfig = {
  generateBuildId: () => buildId,
  ...deployment.cache,
  // How long a page may be served stale while it regenerates (and a CDN may keep it, in
  // `stale-while-revalidate`); past it the next request renders. Also bounds how long the shared
  // cache keeps an entry nobody asks for.
  expireTime: 24 * 60 * 60,
  // e2e tests build into their own folder so they never clobber the `npm start` build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole tree (tsc --noEmit) once; repeating it in every build
  // would only slow `npm start` and the e2e build.
  typescript: { ignoreBuildErrors: true },
  images: {
    ...deployment.images,
    formats: ['image/avif', 'image/webp'],
    // Few widths on purpose: every width is another srcset entry in every cached page, and
    // page size is what limits how many cached pages a server sends per second.
    deviceSizes: [384, 640, 828, 1200, 1920],
    imageSizes: [256],
    qualities: [60, 75],
    minimumCacheTTL: 60 * 60 * 24 * 30,
  },
  // The unfiltered category page is ISR; any listing query (filter, sort, cursor) goes to the
  // per-request variant instead, so the cached page never depends on the query string.
  async rewrites() {
    return {
      beforeFiles: LISTING_QUERY_KEYS.map((key) => ({
        source: '/:locale/c/:slug',
        has: [{ type: 'query' as const, key }],
        destination: '/:locale/c/:slug/filter',
      })),
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(process.env.NODE_ENV !== 'production') },
      {
        // The worker lives under /serwist but controls the whole site, and must never be served
        // stale by a CDN: a year-old worker would keep a year-old app.
        source: '/serwist/:file',
        headers: [
          { key: 'Service-Worker-Allowed', value: '/' },
          { key: 'Cache-Control', value: 'public, max-age=0, must-revalidate' },
        ],
      },
      {
        // Search pages render per request, but are the same document for every shopper: a cache
        // tier in front may share one for the results' own lifetime, however many shoppers ask.
        // A failed search's 5xx says no-store instead (scripts/serve.ts).
        source: '/:locale/search',
        headers: [
          {
            key: 'Cache-Control',
            value: `public, s-maxage=${cacheLifetimes.search}, stale-while-revalidate=${cacheLifetimes.search}`,
          },
        ],
      },
      {
        // Not Next's year-long default: a CDN would keep an old manifest (names, icons) after a deploy.
        source: '/:locale/manifest.webmanifest',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=3600, s-maxage=3600' }],
      },
    ];
  },
};

// withSerwist keeps esbuild, which bundles the service worker (app/serwist), out of the server bundle.
export default withSerwist(withNextIntl(config));
