/**
 * The shared cache's timings in tests: a lease and a miss wait short enough for a test, a local
 * copy of 1 MB, Next's default revalidate and a one-hour fallback lifetime.
 */
export const testSharedCacheOptions = {
  leaseMs: 2_000,
  missWaitMs: 1_500,
  localBytes: 1 << 20,
  defaultRevalidate: 300,
  fallbackTtl: 3_600,
};
