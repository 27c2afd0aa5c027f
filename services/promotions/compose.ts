import type { AdminGuard } from '../admin/auth';
import type { Database } from '../db/database';
import { PromoRepository } from './promo-repository';
import { promoCodeRoutes } from './routes';
import { SEEDED_PROMO_CODES } from './seeded-promo-codes';

/** Promo codes wired: the repository checkout claims from, and the admin routes. */
export async function promotionService(db: Database, guard: AdminGuard) {
  const codes = new PromoRepository(db);
  for (const seeded of SEEDED_PROMO_CODES) await codes.create(seeded);
  return { codes, routes: promoCodeRoutes(codes, guard) };
}
