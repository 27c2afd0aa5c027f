import { describe, expect, it } from 'vitest';
import { Catalog } from '../../catalog/catalog';
import { PHRASES } from './review-phrases';
import { seededReviews } from './seeded-reviews';

const catalog = Catalog.generate(42, 10_000);
const all = catalog.products.map((product) => seededReviews(catalog, product));

describe('seeded reviews', () => {
  it('are the same for the same product, whatever was generated before', () => {
    const product = catalog.products[1234]!;
    const fresh = Catalog.generate(42, 10_000);
    expect(seededReviews(fresh, fresh.products[1234]!)).toEqual(all[1234]);
    expect(seededReviews(catalog, product)).toEqual(all[1234]);
  });

  it('stay within the limits written reviews are held to', () => {
    const outOfLimits = all
      .flat()
      .filter(
        (review) =>
          !/^rv-s-p\d{6}-\d+$/.test(review.id) ||
          review.title.length > 120 ||
          review.body.length > 2000 ||
          review.authorName.length > 60 ||
          /\{(color|material)\}/.test(review.body) ||
          ![1, 2, 3, 4, 5].includes(review.rating) ||
          review.createdAt >= '2026-11-30',
      );
    expect(outOfLimits).toEqual([]);
    const product = catalog.products[0]!;
    for (const review of all[0]!)
      expect(Date.parse(review.createdAt)).toBeGreaterThanOrEqual(product.createdAt);
  });

  it('follow popularity, leave about a third of products unreviewed and rate like real shops', () => {
    const counts = all.map((reviews) => reviews.length);
    const unreviewed = counts.filter((count) => count === 0).length / counts.length;
    expect(unreviewed).toBeGreaterThan(0.2);
    expect(unreviewed).toBeLessThan(0.5);
    const byRank = catalog.products.map((product, index) => [product.rank, counts[index]!]);
    const top = byRank.filter(([rank]) => rank! <= 100).map(([, count]) => count!);
    expect(Math.min(...top)).toBeGreaterThanOrEqual(15);
    const ratings = all.flat().map((review) => review.rating);
    const mean = ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
    expect(mean).toBeGreaterThan(3.8);
    expect(mean).toBeLessThan(4.6);
    const locales = new Set(all.flat().map((review) => review.locale));
    expect([...locales].sort()).toEqual(['de-DE', 'en-US', 'fr-FR', 'ja-JP']);
  });

  it('write a low rating with the let-down phrases and a high one with the glad ones', () => {
    const reviews = all.flat();
    const low = reviews.find((review) => review.rating === 1 && review.locale === 'de-DE')!;
    const high = reviews.find((review) => review.rating === 5 && review.locale === 'de-DE')!;
    const { any, sized } = PHRASES['de-DE'];
    expect([...any.titles.letDown, ...sized.titles.letDown]).toContain(low.title);
    expect([...any.titles.glad, ...sized.titles.glad]).toContain(high.title);
  });

  it('speak of size and washing for clothes only', () => {
    const sizedOnly = Object.values(PHRASES).flatMap(({ sized }) =>
      [sized.titles, sized.openings, sized.details, sized.closings].flatMap((pool) => [
        ...pool.glad,
        ...pool.mixed,
        ...pool.letDown,
      ]),
    );
    const unsized = catalog.products.filter((product) => {
      const { sizes } = catalog.context(product).category;
      return sizes === 'one-size' || sizes === 'shoes';
    });
    const mentions = unsized
      .flatMap((product) => seededReviews(catalog, product))
      .filter((review) =>
        sizedOnly.some((text) => review.body.includes(text) || review.title === text),
      );
    expect(unsized.length).toBeGreaterThan(0);
    expect(mentions).toEqual([]);
  });
});
