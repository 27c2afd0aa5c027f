import type { AdminGuard } from '../admin/auth';
import type { Catalog } from '../catalog/catalog';
import type { OrderRepository } from '../checkout/order-repository';
import type { Database } from '../db/database';
import type { WebhookDispatcher } from '../webhooks/dispatcher';
import { ProductReviews } from './product-reviews';
import { ReviewModeration } from './review-moderation';
import { ReviewRatings } from './review-ratings';
import { ReviewRepository } from './review-repository';
import { reviewRoutes } from './routes';

interface ReviewServiceInput {
  db: Database;
  catalog: Catalog;
  orders: OrderRepository;
  webhooks: WebhookDispatcher;
  guard: AdminGuard;
}

/** The reviews service wired: its routes, and the stars the catalog's views show. */
export async function reviewService({ db, catalog, orders, webhooks, guard }: ReviewServiceInput) {
  const repository = new ReviewRepository(db);
  const ratings = new ReviewRatings(catalog, repository);
  await ratings.start();
  const reviews = new ProductReviews({ catalog, repository, ratings, orders });
  const moderation = new ReviewModeration({ catalog, repository, ratings, webhooks });
  return {
    routes: reviewRoutes({ catalog, reviews, moderation, guard }),
    ratings,
  };
}
