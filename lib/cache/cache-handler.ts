import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CacheHandler,
  CacheHandlerContext,
  CacheHandlerValue,
} from 'next/dist/server/lib/incremental-cache';
import * as nextFileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';
import { sharedRedis } from '@/lib/redis/connection';
import { redisKeyPrefix } from '@/lib/redis/share';
import type { StoredEntry } from './entry-codec';
import { isResponseKind, tagsOf, type ReadContext } from './entry-lifetime';
import { pastExpiry } from './last-good-copy';
import { withScriptHashes } from './page-script-hashes';
import { localExpiries, monotonicNow } from './local-expiries';
import { cacheLifetimes } from './manifest';
import { keepProcessSharedCache } from './process-shared-cache';
import { createSharedCache, type SharedCache, type WriteContext } from './shared-cache';

/**
 * Next's `cacheHandler` (next.config.ts). With REDIS_URL, ISR pages, route handlers, the fetch
 * cache and optimized images are shared by every instance of one build through Redis
 * (lib/cache/shared-cache.ts). Without it, Next's own file-system cache keeps them, and this
 * handler only judges them by the webhook's expiries (lib/cache/local-expiries.ts): Next's cache
 * would drop an expired page, so a webhook during a backend outage left nothing to serve; here
 * it is handed to Next past its expiry instead (lib/cache/last-good-copy.ts), so Next renders it
 * before answering as before and keeps serving it when that render fails. Next constructs the handler per request, so
 * shared state lives on globalThis or in this module. `next build` keeps Next's own cache (no
 * Redis needed to build); at run time that cache still supplies the build's prerendered pages.
 *
 * Bundled by esbuild into .build/ (scripts/lib/cache-handler-bundle.ts): Next imports this file
 * at run time outside its own bundles, with plain Node.
 */
type FileSystemCacheClass = typeof nextFileSystemCache.default;
// Next ships this class as CommonJS `exports.default`; bundled under Node's ES module rules (the
// package is "type": "module"), it arrives one `default` deeper.
const FileSystemCache: FileSystemCacheClass =
  (nextFileSystemCache.default as { default?: FileSystemCacheClass }).default ??
  nextFileSystemCache.default;
type FileSystemCache = InstanceType<FileSystemCacheClass>;

type Get = CacheHandler['get'];
type SetValue = Parameters<CacheHandler['set']>[1];
type SetContext = Parameters<CacheHandler['set']>[2];

function sharedCacheOf(context: CacheHandlerContext): SharedCache | undefined {
  if (process.env.NEXT_PHASE === 'phase-production-build' || context.dev) return undefined;
  const connection = sharedRedis();
  if (!connection) return undefined;
  return keepProcessSharedCache(() =>
    createSharedCache({
      connection,
      namespace: `${redisKeyPrefix()}:${buildIdOf(context)}`,
      leaseMs: 10_000,
      missWaitMs: 8_000,
      localBytes: 64 * 1024 * 1024,
      defaultRevalidate: cacheLifetimes.page,
      fallbackTtl: 24 * 60 * 60,
    }),
  );
}

function buildIdOf(context: CacheHandlerContext): string {
  if (!context.serverDistDir) return 'unbuilt';
  try {
    return readFileSync(join(context.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'unbuilt';
  }
}

export default class RedisCacheHandler implements CacheHandler {
  private readonly files: FileSystemCache | undefined;
  private readonly shared: SharedCache | undefined;

  constructor(context: CacheHandlerContext) {
    this.files =
      context.fs && context.serverDistDir
        ? new FileSystemCache({ ...context, fs: context.fs, serverDistDir: context.serverDistDir })
        : undefined;
    this.shared = sharedCacheOf(context);
  }

  async get(...[key, context]: Parameters<Get>): Promise<CacheHandlerValue | null> {
    const found = await this.getEntry(key, context);
    if (found?.value) withScriptHashes(found.value);
    return found;
  }

  private async getEntry(...[key, context]: Parameters<Get>): Promise<CacheHandlerValue | null> {
    if (!this.shared) return this.getFromFiles(key, context);
    const files = this.files;
    const seed =
      files && isResponseKind(context.kind)
        ? async (): Promise<StoredEntry | undefined> => {
            const found = await files.get(key, context);
            if (!found?.value) return undefined;
            return {
              lastModified: found.lastModified,
              cacheControl: found.cacheControl,
              tags: tagsOf(found.value),
              value: found.value,
            };
          }
        : undefined;
    const entry = await this.shared.get(key, context as ReadContext, seed);
    if (!entry) return null;
    return {
      lastModified: entry.lastModified,
      cacheControl: entry.cacheControl,
      value: entry.value as CacheHandlerValue['value'],
    };
  }

  private async getFromFiles(...[key, context]: Parameters<Get>) {
    const found = (await this.files?.get(key, context)) ?? null;
    if (!found?.value) return found;
    const now = monotonicNow();
    const { tags = [], softTags = [] } = context as ReadContext;
    const dependsOn = isResponseKind(context.kind) ? tagsOf(found.value) : [...tags, ...softTags];
    if (localExpiries().judge(dependsOn, found.lastModified, now) !== 'expired') return found;
    // Data is read anew at once; a page is rendered anew, its last good copy kept if that fails.
    return isResponseKind(context.kind) ? pastExpiry(found, now, cacheLifetimes.page) : null;
  }

  async set(key: string, value: SetValue, context: SetContext): Promise<void> {
    withScriptHashes(value);
    if (!this.shared) return this.files?.set(key, value, context);
    await this.shared.set(key, value, context as WriteContext);
  }

  async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
    if (!this.shared) return this.files?.revalidateTag(tags, durations);
    await this.shared.revalidateTag(tags, durations);
  }

  resetRequestCache(): void {}
}
