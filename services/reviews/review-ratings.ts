import type { Catalog } from '../catalog/catalog';
import type { ProductRecord } from '../catalog/records';
import { LruCache } from '../shared/lru';
import type { ReviewRepository } from './review-repository';
import { seededReviews } from './seed/seeded-reviews';

/** Counts of 1★ to 5★ reviews, index 0 = 1★. */
export type Histogram = [number, number, number, number, number];

export interface RatingSummary {
  /** Mean of the ratings, one decimal; 0 when there is no review. */
  average: number;
  count: number;
  histogram: Histogram;
}

const empty = (): Histogram => [0, 0, 0, 0, 0];

function summarize(histogram: Histogram): RatingSummary {
  const count = histogram.reduce((sum, n) => sum + n, 0);
  const total = histogram.reduce((sum, n, index) => sum + n * (index + 1), 0);
  return { average: count ? Math.round((total / count) * 10) / 10 : 0, count, histogram };
}

const SEEDED_CACHE_ENTRIES = 20_000;
const REFRESH_MS = 60_000;

/**
 * Every product's stars, answered synchronously for listings and product views: the seeded
 * reviews' counts (generated once per product, kept) plus the approved written ones, which
 * are read from the database at start, after every moderation decision here, and every minute
 * (another services instance may have decided).
 */
export class ReviewRatings {
  private readonly seeded = new LruCache<string, Histogram>(SEEDED_CACHE_ENTRIES);
  private written = new Map<string, Histogram>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly catalog: Catalog,
    private readonly repository: ReviewRepository,
  ) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    const written = new Map<string, Histogram>();
    for (const { productId, rating, count } of await this.repository.approvedRatings()) {
      const histogram = written.get(productId) ?? empty();
      histogram[rating - 1] = (histogram[rating - 1] ?? 0) + count;
      written.set(productId, histogram);
    }
    this.written = written;
  }

  summaryOf(product: ProductRecord): RatingSummary {
    const seeded = this.seededHistogram(product);
    const written = this.written.get(product.id) ?? empty();
    return summarize(seeded.map((n, index) => n + (written[index] ?? 0)) as Histogram);
  }

  private seededHistogram(product: ProductRecord): Histogram {
    const cached = this.seeded.get(product.id);
    if (cached) return cached;
    const histogram = empty();
    for (const { rating } of seededReviews(this.catalog, product))
      histogram[rating - 1] = (histogram[rating - 1] ?? 0) + 1;
    this.seeded.set(product.id, histogram);
    return histogram;
  }
}
