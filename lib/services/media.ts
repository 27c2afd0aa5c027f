import type { RemotePattern } from 'next/dist/shared/lib/image-config';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** The one remote origin next/image may optimize from: the commerce backend's media host. */
export function mediaRemotePattern(mediaUrl: string): { pattern: RemotePattern; isLoopback: boolean } {
  const url = new URL(mediaUrl);
  return {
    pattern: {
      protocol: url.protocol === 'https:' ? 'https' : 'http',
      hostname: url.hostname,
      port: url.port,
      pathname: '/media/**',
    },
    isLoopback: LOOPBACK.test(url.hostname),
  };
}

/** Absolute URL of a media asset on the backend's media host (a CDN in production). */
export function mediaUrl(path: string): string {
  const base = process.env.MEDIA_URL ?? process.env.SERVICES_URL ?? 'http://127.0.0.1:4010';
  return new URL(path, base).toString();
}
