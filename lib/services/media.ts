// Relative import: next.config.ts loads this file, outside the app's path aliases.
import { serverEnv } from '../env/server';
import type { RemotePattern } from 'next/dist/shared/lib/image-config';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** The one remote origin next/image may optimize from: the commerce backend's media host. */
export function mediaRemotePattern(mediaUrl: string): {
  pattern: RemotePattern;
  isLoopback: boolean;
} {
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
  const env = serverEnv();
  return new URL(path, env.MEDIA_URL ?? env.SERVICES_URL).toString();
}
