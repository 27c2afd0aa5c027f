import type { Catalog } from '../catalog/catalog';
import type { Locale } from '../catalog/locale';
import type { ProductRecord } from '../catalog/records';
import type { OrderRepository } from '../checkout/order-repository';
import { DetailedError, notFound } from '../framework/errors';
import type { ReviewRatings, RatingSummary } from './review-ratings';
import type { ReviewRepository, WrittenReview } from './review-repository';
import type { ReviewSort, ReviewSubmission } from './review-requests';
import { seededReviews } from './seed/seeded-reviews';
import { sameSecret } from '../shared/same-secret';

/** A published review as shoppers see it: no order, no e-mail, only what the writer chose to show. */
export interface PublishedReview {
  id: string;
  rating: 1 | 2 | 3 | 4 | 5;
  title: string;
  body: string;
  authorName: string;
  locale: Locale;
  createdAt: string;
  helpfulCount: number;
}

interface ReviewPage {
  productId: string;
  summary: RatingSummary;
  sort: ReviewSort;
  page: number;
  pageSize: number;
  totalPages: number;
  items: PublishedReview[];
}

const publish = (review: WrittenReview, votes: number): PublishedReview => ({
  id: review.id,
  rating: review.rating,
  title: review.title,
  body: review.body,
  authorName: review.authorName,
  locale: review.locale,
  createdAt: review.createdAt,
  helpfulCount: votes,
});

const byNewest = (a: PublishedReview, b: PublishedReview) =>
  b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
const byHelpful = (a: PublishedReview, b: PublishedReview) =>
  b.helpfulCount - a.helpfulCount || byNewest(a, b);

const SEEDED_ID = /^rv-s-(p\d{6})-\d+$/;

interface ProductReviewsInput {
  catalog: Catalog;
  repository: ReviewRepository;
  ratings: ReviewRatings;
  orders: OrderRepository;
}

/** A product's reviews: the seeded ones and the approved written ones, sorted and paged. */
export class ProductReviews {
  constructor(private readonly input: ProductReviewsInput) {}

  async page(product: ProductRecord, sort: ReviewSort, page: number, pageSize: number) {
    const all = await this.published(product);
    all.sort(sort === 'newest' ? byNewest : byHelpful);
    const start = (page - 1) * pageSize;
    return {
      productId: product.id,
      summary: this.input.ratings.summaryOf(product),
      sort,
      page,
      pageSize,
      totalPages: Math.max(1, Math.ceil(all.length / pageSize)),
      items: all.slice(start, start + pageSize),
    } satisfies ReviewPage;
  }

  /**
   * A buyer's review, waiting for moderation. The order's access token proves the purchase; an
   * unknown order, a wrong token and a product the order does not contain all answer the same
   * 404, so the endpoint tells nobody which orders exist.
   */
  async submit(submission: ReviewSubmission): Promise<WrittenReview> {
    const order = await this.input.orders.find(submission.orderId);
    const bought =
      order?.status === 'confirmed' &&
      sameSecret(submission.accessToken, order.accessToken) &&
      order.lines.some((line) => line.productId === submission.productId);
    if (!bought) throw notFound('Order line');
    const review = await this.input.repository.insert(submission);
    if (!review)
      throw new DetailedError(409, 'already_reviewed', 'This order already reviewed this product');
    return review;
  }

  /** One helpful vote per voter; the review's count after it (a seeded review starts above 0). */
  async vote(reviewId: string, voter: string): Promise<number> {
    const found = await this.publishedReview(reviewId);
    if (!found) throw notFound('Review');
    await this.input.repository.vote(reviewId, found.product.id, voter);
    return found.seededCount + (await this.input.repository.votesOn(reviewId));
  }

  private async published(product: ProductRecord): Promise<PublishedReview[]> {
    const [written, votes] = await Promise.all([
      this.input.repository.approvedFor(product.id),
      this.input.repository.votesFor(product.id),
    ]);
    const seeded = seededReviews(this.input.catalog, product).map(
      ({ productId: _product, ...review }) => ({
        ...review,
        helpfulCount: review.helpfulCount + (votes.get(review.id) ?? 0),
      }),
    );
    return [...seeded, ...written.map((review) => publish(review, votes.get(review.id) ?? 0))];
  }

  /** A review shoppers can see: its product, and the helpful count it was seeded with. */
  private async publishedReview(
    reviewId: string,
  ): Promise<{ product: ProductRecord; seededCount: number } | undefined> {
    const seededProduct = SEEDED_ID.exec(reviewId)?.[1];
    if (seededProduct) {
      const product = this.input.catalog.product(seededProduct);
      const seeded =
        product && seededReviews(this.input.catalog, product).find((r) => r.id === reviewId);
      return product && seeded ? { product, seededCount: seeded.helpfulCount } : undefined;
    }
    const written = await this.input.repository.find(reviewId);
    const product =
      written?.status === 'approved' ? this.input.catalog.product(written.productId) : undefined;
    return product && { product, seededCount: 0 };
  }
}
