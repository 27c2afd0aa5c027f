import type { Locale } from '../catalog/locale';
import type { Database } from '../db/database';
import { randomId } from '../shared/random-id';
import type { ReviewSubmission } from './review-requests';

export type ReviewStatus = 'pending' | 'approved' | 'rejected';

/** A review a shopper wrote, as stored. */
export interface WrittenReview {
  id: string;
  productId: string;
  orderId: string;
  locale: Locale;
  rating: 1 | 2 | 3 | 4 | 5;
  title: string;
  body: string;
  authorName: string;
  status: ReviewStatus;
  createdAt: string;
  moderatedAt: string | null;
}

interface ReviewRow {
  id: string;
  product_id: string;
  order_id: string;
  locale: Locale;
  rating: number;
  title: string;
  body: string;
  author_name: string;
  status: ReviewStatus;
  created_at: Date | string;
  moderated_at: Date | string | null;
}

const toReview = (row: ReviewRow): WrittenReview => ({
  id: row.id,
  productId: row.product_id,
  orderId: row.order_id,
  locale: row.locale,
  rating: row.rating as WrittenReview['rating'],
  title: row.title,
  body: row.body,
  authorName: row.author_name,
  status: row.status,
  createdAt: new Date(row.created_at).toISOString(),
  moderatedAt: row.moderated_at ? new Date(row.moderated_at).toISOString() : null,
});

const MODERATION_PAGE = 100;

/** Written reviews and every review's helpful votes, in the services' database. */
export class ReviewRepository {
  constructor(private readonly db: Database) {}

  /** The new review, or undefined when this order already reviewed this product. */
  async insert(submission: ReviewSubmission): Promise<WrittenReview | undefined> {
    const { rows } = await this.db.query<ReviewRow>(
      `INSERT INTO reviews (id, product_id, order_id, locale, rating, title, body, author_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (order_id, product_id) DO NOTHING
       RETURNING *`,
      [
        `rv-${randomId(12)}`,
        submission.productId,
        submission.orderId,
        submission.locale,
        submission.rating,
        submission.title,
        submission.body,
        submission.authorName,
      ],
    );
    return rows[0] && toReview(rows[0]);
  }

  async find(id: string): Promise<WrittenReview | undefined> {
    const { rows } = await this.db.query<ReviewRow>('SELECT * FROM reviews WHERE id = $1', [id]);
    return rows[0] && toReview(rows[0]);
  }

  async approvedFor(productId: string): Promise<WrittenReview[]> {
    const { rows } = await this.db.query<ReviewRow>(
      `SELECT * FROM reviews WHERE product_id = $1 AND status = 'approved'`,
      [productId],
    );
    return rows.map(toReview);
  }

  /** Oldest first for the queue (first come, first moderated); newest first otherwise. */
  async byStatus(status: ReviewStatus): Promise<WrittenReview[]> {
    const { rows } = await this.db.query<ReviewRow>(
      `SELECT * FROM reviews WHERE status = $1
       ORDER BY created_at ${status === 'pending' ? 'ASC' : 'DESC'} LIMIT ${MODERATION_PAGE}`,
      [status],
    );
    return rows.map(toReview);
  }

  async setStatus(id: string, status: ReviewStatus): Promise<WrittenReview | undefined> {
    const { rows } = await this.db.query<ReviewRow>(
      `UPDATE reviews SET status = $2, moderated_at = now() WHERE id = $1 RETURNING *`,
      [id, status],
    );
    return rows[0] && toReview(rows[0]);
  }

  /** Approved ratings per product: what every product's stars are made of, besides the seeded ones. */
  async approvedRatings(): Promise<Array<{ productId: string; rating: number; count: number }>> {
    const { rows } = await this.db.query<{ product_id: string; rating: number; count: number }>(
      `SELECT product_id, rating, count(*)::int AS count FROM reviews
       WHERE status = 'approved' GROUP BY product_id, rating`,
    );
    return rows.map((row) => ({ productId: row.product_id, rating: row.rating, count: row.count }));
  }

  /** False when this voter already counted for this review. */
  async vote(reviewId: string, productId: string, voter: string): Promise<boolean> {
    const { rows } = await this.db.query<{ review_id: string }>(
      `INSERT INTO review_votes (review_id, product_id, voter) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING review_id`,
      [reviewId, productId, voter],
    );
    return rows.length > 0;
  }

  /** Helpful votes cast on one review. */
  async votesOn(reviewId: string): Promise<number> {
    const { rows } = await this.db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM review_votes WHERE review_id = $1',
      [reviewId],
    );
    return rows[0]?.count ?? 0;
  }

  async votesFor(productId: string): Promise<Map<string, number>> {
    const { rows } = await this.db.query<{ review_id: string; count: number }>(
      `SELECT review_id, count(*)::int AS count FROM review_votes WHERE product_id = $1
       GROUP BY review_id`,
      [productId],
    );
    return new Map(rows.map((row) => [row.review_id, row.count]));
  }
}
