import { deploymentConfig } from '../lib/deployment-config';

/** The fields of Next's built configuration (required-server-files.json) this changes. */
interface BuiltConfig {
  distDir: string;
  images: Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * The configuration a storefront in the image runs with: the one serialized at build time,
 * under `.next` (the image's name for any build folder), with this run's deployment settings
 * over it. An image is built once and run with or without REDIS_URL, against whatever media host
 * the deployment has; next.config.ts, which decides these at build time, is not in the image.
 * The build leaves REDIS_URL unset (scripts/container/build.ts), so without it here the built
 * defaults (Next's own per-process cache, under the handler) stand.
 */
export function containerNextConfig(
  built: BuiltConfig,
  env: Record<string, string | undefined>,
  cacheHandlerPath: string,
): BuiltConfig {
  const { cache, images } = deploymentConfig(env, () => cacheHandlerPath);
  return { ...built, distDir: '.next', ...cache, images: { ...built.images, ...images } };
}
