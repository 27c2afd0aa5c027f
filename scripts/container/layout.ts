/**
 * Where things are in the image's /app (and in the project, for the same relative paths):
 * the bundles and the cache handler under .build (the image's entry point is
 * .build/container/entry.mjs), the build under .next.
 */
export const BUNDLE_DIR = '.build/container';
export const CACHE_HANDLER = '.build/cache-handler.cjs';
/**
 * Next 16.5 writes ISR pages under .next/server/route-cache. The image links that folder into
 * .next/cache, so one writable mount serves the image cache, the fetch cache and ISR alike.
 */
export const ROUTE_CACHE = '.next/cache/route-cache';
