import type { CheckoutStep } from '@/lib/checkout/steps';
import type { Locale } from '@/lib/i18n/markets';
import type { ReviewSort } from '@/lib/services/reviews/client';

type AccountPage =
  | 'sign-in'
  | 'sign-up'
  | 'sign-up/complete'
  | 'reset'
  | 'reset/complete'
  | 'orders'
  | 'addresses'
  | 'wishlist'
  | 'security'
  | 'data';

/** Every storefront URL is built here, so links, canonicals and sitemaps agree. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  category: (locale: Locale, slug: string) => `/${locale}/c/${slug}`,
  /** Filtered, sorted or paged views of a category, rendered per request. */
  categoryFiltered: (locale: Locale, slug: string) => `/${locale}/c/${slug}/filter`,
  product: (locale: Locale, slug: string) => `/${locale}/p/${slug}`,
  /** A product's reviews, one cached page per order and page number. */
  productReviews: (locale: Locale, slug: string, sort: ReviewSort = 'helpful', page = 1) =>
    `/${locale}/p/${slug}/reviews/${sort}/${page}`,
  search: (locale: Locale) => `/${locale}/search`,
  cart: (locale: Locale) => `/${locale}/cart`,
  shipping: (locale: Locale) => `/${locale}/shipping`,
  checkout: (locale: Locale) => `/${locale}/checkout`,
  checkoutStep: (locale: Locale, step: CheckoutStep) => `/${locale}/checkout/${step}`,
  /** An order's page; only a browser holding the order's access token (a cookie) may see it. */
  order: (locale: Locale, orderId: string) => `/${locale}/order/${encodeURIComponent(orderId)}`,
  orderLookup: (locale: Locale) => `/${locale}/order/lookup`,
  /** Where a buyer reviews one product of an order (the order's access rules apply). */
  writeReview: (locale: Locale, orderId: string, productId: string) =>
    `/${locale}/order/${encodeURIComponent(orderId)}/review/${productId}`,
  /** The account overview; a signed-out shopper is sent to sign-in and back. */
  account: (locale: Locale) => `/${locale}/account`,
  accountPage: (locale: Locale, page: AccountPage) => `/${locale}/account/${page}`,
  accountOrder: (locale: Locale, orderId: string) =>
    `/${locale}/account/orders/${encodeURIComponent(orderId)}`,
  liveProduct: (locale: Locale, productId: string) => `/api/live/${productId}?locale=${locale}`,
};
