import type { Catalog } from '../catalog/catalog';
import { notFound } from '../framework/errors';
import type { Delivery, WebhookDispatcher } from '../webhooks/dispatcher';
import { reviewsChangedEvent } from '../webhooks/event';
import type { ReviewRatings } from './review-ratings';
import type { ReviewRepository, ReviewStatus, WrittenReview } from './review-repository';

interface ModerationInput {
  catalog: Catalog;
  repository: ReviewRepository;
  ratings: ReviewRatings;
  webhooks: WebhookDispatcher;
}

/** The moderation queue: written reviews wait here until someone approves or rejects them. */
export class ReviewModeration {
  constructor(private readonly input: ModerationInput) {}

  /** Reviews in a state, each with the product's English name for the moderator. */
  async list(status: ReviewStatus) {
    const reviews = await this.input.repository.byStatus(status);
    return reviews.map((review) => ({
      ...review,
      productName: this.productName(review.productId),
    }));
  }

  /**
   * Approving publishes the review, rejecting hides it (again, if it was approved). When what
   * shoppers see changes, the product's stars are recounted and the storefront is told, so the
   * cached product page shows it at once rather than after its ISR window.
   */
  async decide(
    reviewId: string,
    decision: 'approve' | 'reject',
  ): Promise<{ review: WrittenReview; webhook: Delivery | null }> {
    const before = await this.input.repository.find(reviewId);
    if (!before) throw notFound('Review');
    const status: ReviewStatus = decision === 'approve' ? 'approved' : 'rejected';
    const review = (await this.input.repository.setStatus(reviewId, status)) ?? before;
    const visibilityChanged = (before.status === 'approved') !== (status === 'approved');
    if (!visibilityChanged) return { review, webhook: null };
    await this.input.ratings.refresh();
    const product = this.input.catalog.product(review.productId);
    const webhook = product
      ? await this.input.webhooks.dispatch(reviewsChangedEvent(product))
      : null;
    return { review, webhook };
  }

  private productName(productId: string): string {
    const product = this.input.catalog.product(productId);
    return product ? this.input.catalog.name(product, 'en-US') : productId;
  }
}
