import { describe, expect, it } from 'vitest';
import { containerNextConfig } from './next-config';

const built = {
  distDir: '.next-e2e',
  cacheMaxMemorySize: 52_428_800,
  images: {
    formats: ['image/avif', 'image/webp'],
    remotePatterns: [
      { protocol: 'http', hostname: '127.0.0.1', port: '4110', pathname: '/media/**' },
    ],
    dangerouslyAllowLocalIP: true,
    customCacheHandler: false,
  },
};
const HANDLER = '/app/.build/cache-handler.cjs';

describe('containerNextConfig', () => {
  it("keeps Next's own per-process cache without REDIS_URL, and serves the build from .next", () => {
    const config = containerNextConfig(built, { SERVICES_URL: 'http://127.0.0.1:4010' }, HANDLER);
    // The handler still keeps a page's last good copy over an expired tag, in memory as before.
    expect(config).toMatchObject({
      distDir: '.next',
      cacheHandler: HANDLER,
      cacheMaxMemorySize: 52_428_800,
    });
    expect(config.images).toMatchObject({
      formats: built.images.formats,
      customCacheHandler: false,
    });
  });

  it('shares the cache through the bundled handler with REDIS_URL, decided at start-up', () => {
    const config = containerNextConfig(built, { REDIS_URL: 'redis://redis:6379' }, HANDLER);
    expect(config).toMatchObject({ cacheHandler: HANDLER, cacheMaxMemorySize: 0 });
    expect(config.images).toMatchObject({ customCacheHandler: true });
  });

  it("allows the run's media host, not the build's", () => {
    const config = containerNextConfig(
      built,
      { SERVICES_URL: 'http://services:4010', MEDIA_ON_PRIVATE_NETWORK: '1' },
      HANDLER,
    );
    expect(config.images).toMatchObject({
      remotePatterns: [
        { protocol: 'http', hostname: 'services', port: '4010', pathname: '/media/**' },
      ],
      dangerouslyAllowLocalIP: true,
    });
  });
});
