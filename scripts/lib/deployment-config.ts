import type { NextConfig } from 'next';
import { mediaRemotePattern } from '../../lib/services/media';

type Env = Record<string, string | undefined>;

/**
 * The part of Next's configuration that depends on where the storefront runs rather than on what
 * was built. next.config.ts applies it for `next build`, `npm start` and `npm run cluster`; the
 * container image, built once and run anywhere, applies it again at start-up over the built
 * configuration (scripts/container/next-config.ts).
 */
export function deploymentConfig(env: Env, cacheHandler: () => string) {
  const media = mediaRemotePattern(env.MEDIA_URL ?? env.SERVICES_URL ?? 'http://127.0.0.1:4010');
  const shared = Boolean(env.REDIS_URL);
  return {
    // REDIS_URL shares ISR pages, the fetch cache and optimized images between instances
    // (lib/cache/cache-handler.ts); unset, Next's own per-process cache keeps them, and the
    // handler keeps a page's last good copy when a webhook expired it during an outage.
    cache: { cacheHandler: cacheHandler(), ...(shared ? { cacheMaxMemorySize: 0 } : {}) },
    images: {
      remotePatterns: [media.pattern],
      // The embedded reference services serve media from loopback; a deployment whose media host
      // is on its private network (Compose, Kubernetes: http://services:4010) says so with
      // MEDIA_ON_PRIVATE_NETWORK=1. Only then may the optimizer fetch from a local address.
      dangerouslyAllowLocalIP: media.isLoopback || env.MEDIA_ON_PRIVATE_NETWORK === '1',
      // Optimized images go through the shared cache too: one optimization per image per cluster.
      customCacheHandler: shared,
    },
  } satisfies { cache: Partial<NextConfig>; images: NextConfig['images'] };
}
