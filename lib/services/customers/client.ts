import { lazyServiceClient } from '../transport/create-client';
import { err, ok, type Result } from '../transport/result';
import { settle, settleNoContent } from '../transport/settle';
import type { components, paths } from './schema';
import {
  addressSchema,
  addressesSchema,
  emailSchema,
  exportSchema,
  meSchema,
  orderPageSchema,
  passkeyOptionsSchema,
  passkeySchema,
  passkeysSchema,
  sessionsSchema,
  signedInSchema,
  stockAlertConfirmedSchema,
  wishlistSchema,
} from './validation';
import { orderSchema } from '../checkout/validation';

type Schemas = components['schemas'];
export type Customer = Schemas['Customer'];
export type SignedIn = Schemas['SignedIn'];
/** WebAuthn options for the browser plus the id of the challenge the service keeps. */
export type PasskeyOptions = Schemas['PasskeyOptions'];
export type Passkey = Schemas['Passkey'];
export type SessionInfo = Schemas['SessionInfo'];
export type OrderSummary = Schemas['OrderSummary'];
export type OrderPage = Schemas['OrderPage'];
export type SavedAddress = Schemas['SavedAddress'];
export type AddressInput = Schemas['AddressInput'];
export type Wishlist = Schemas['Wishlist'];
/** Who is asking: for rate limits per address and the account's list of sessions. */
type RequestClient = Schemas['Client'];

const api = lazyServiceClient<paths>('customers');

const op = (operation: string) => ({ service: 'customers', operation });

// Everything here is one shopper's, or a credential: Next must never cache it.
const uncached = { cache: 'no-store' } as const;

/** A list answer (`{ sessions: [...] }`) as the list itself. */
async function listOf<K extends string, T>(
  call: Promise<Result<Record<K, T[]>>>,
  key: K,
): Promise<Result<T[]>> {
  const result = await call;
  return result.ok ? ok(result.value[key]) : result;
}

const bearer = (token: string) => ({ header: { Authorization: `Bearer ${token}` } });

/**
 * The customer service: accounts, sessions, passkeys, addresses, wishlists, back-in-stock
 * alerts. The storefront holds only the session token (an httpOnly cookie) and sends it as a
 * bearer token; the service decides whose data that is. 401 `unauthenticated` means the session
 * is gone (signed out elsewhere, expired); 429 `too_many_attempts` carries `retryAfterSeconds`.
 */
export const customers = {
  /** Mails a sign-up link, or an "you already have an account" note: 202 either way. */
  signUp(body: { email: string; locale: Schemas['Locale']; client: RequestClient }) {
    return settleNoContent(op('signUp'), api().POST('/customers/sign-up', { body, ...uncached }));
  },

  /** The address a sign-up link was sent to; 410 `token_invalid` when unknown, used or expired. */
  inspectSignUp(token: string): Promise<Result<{ email: string }>> {
    return settle(
      op('inspectSignUp'),
      api().POST('/customers/sign-up/inspect', { body: { token }, ...uncached }),
      emailSchema,
    );
  },

  signUpPasskeyOptions(token: string): Promise<Result<PasskeyOptions>> {
    return settle(
      op('signUpPasskeyOptions'),
      api().POST('/customers/sign-up/passkey-options', { body: { token }, ...uncached }),
      passkeyOptionsSchema,
    );
  },

  /** Creates the account (its e-mail proven by the link) with a password or a passkey. */
  completeSignUp(body: Schemas['CompleteSignUpBody']): Promise<Result<SignedIn>> {
    return settle(
      op('completeSignUp'),
      api().POST('/customers/sign-up/complete', { body, ...uncached }),
      signedInSchema,
    );
  },

  /** 401 `invalid_credentials` for an unknown e-mail and a wrong password alike. */
  signIn(body: Schemas['SignInBody']): Promise<Result<SignedIn>> {
    return settle(
      op('signIn'),
      api().POST('/customers/sessions', { body, ...uncached }),
      signedInSchema,
    );
  },

  passkeyChallenge(): Promise<Result<PasskeyOptions>> {
    return settle(
      op('passkeyChallenge'),
      api().POST('/customers/passkeys/challenges', uncached),
      passkeyOptionsSchema,
    );
  },

  signInWithPasskey(body: Schemas['PasskeySignInBody']): Promise<Result<SignedIn>> {
    return settle(
      op('signInWithPasskey'),
      api().POST('/customers/sessions/passkey', { body, ...uncached }),
      signedInSchema,
    );
  },

  me(token: string) {
    return settle(
      op('me'),
      api().GET('/customers/me', { params: bearer(token), ...uncached }),
      meSchema,
    );
  },

  signOut(token: string) {
    return settleNoContent(
      op('signOut'),
      api().DELETE('/customers/me/session', { params: bearer(token), ...uncached }),
    );
  },

  signOutEverywhere(token: string) {
    return settleNoContent(
      op('signOutEverywhere'),
      api().DELETE('/customers/me/sessions', { params: bearer(token), ...uncached }),
    );
  },

  sessions(token: string): Promise<Result<SessionInfo[]>> {
    return listOf(
      settle(
        op('sessions'),
        api().GET('/customers/me/sessions', { params: bearer(token), ...uncached }),
        sessionsSchema,
      ),
      'sessions',
    );
  },

  endSession(token: string, sessionId: string) {
    return settleNoContent(
      op('endSession'),
      api().DELETE('/customers/me/sessions/{sessionId}', {
        params: { ...bearer(token), path: { sessionId } },
        ...uncached,
      }),
    );
  },

  requestPasswordReset(body: Schemas['PasswordResetBody']) {
    return settleNoContent(
      op('requestPasswordReset'),
      api().POST('/customers/password-resets', { body, ...uncached }),
    );
  },

  completePasswordReset(body: Schemas['CompletePasswordResetBody']): Promise<Result<SignedIn>> {
    return settle(
      op('completePasswordReset'),
      api().POST('/customers/password-resets/complete', { body, ...uncached }),
      signedInSchema,
    );
  },

  /** 403 `invalid_credentials` when the current password is wrong. */
  changePassword(token: string, body: Schemas['ChangePasswordBody']) {
    return settleNoContent(
      op('changePassword'),
      api().PUT('/customers/me/password', { params: bearer(token), body, ...uncached }),
    );
  },

  passkeys(token: string): Promise<Result<Passkey[]>> {
    return listOf(
      settle(
        op('passkeys'),
        api().GET('/customers/me/passkeys', { params: bearer(token), ...uncached }),
        passkeysSchema,
      ),
      'passkeys',
    );
  },

  passkeyRegistrationOptions(token: string): Promise<Result<PasskeyOptions>> {
    return settle(
      op('passkeyRegistrationOptions'),
      api().POST('/customers/me/passkeys/options', { params: bearer(token), ...uncached }),
      passkeyOptionsSchema,
    );
  },

  addPasskey(token: string, body: Schemas['AddPasskeyBody']): Promise<Result<Passkey>> {
    return settle(
      op('addPasskey'),
      api().POST('/customers/me/passkeys', { params: bearer(token), body, ...uncached }),
      passkeySchema,
    );
  },

  /** 409 `last_sign_in_method` when it is the only way into the account. */
  removePasskey(token: string, passkeyId: string) {
    return settleNoContent(
      op('removePasskey'),
      api().DELETE('/customers/me/passkeys/{passkeyId}', {
        params: { ...bearer(token), path: { passkeyId } },
        ...uncached,
      }),
    );
  },

  /** The account's orders, newest first; a page of `limit` with the cursor of the next. */
  orders(token: string, query: { limit?: number; cursor?: string }): Promise<Result<OrderPage>> {
    return settle(
      op('orders'),
      api().GET('/customers/me/orders', { params: { ...bearer(token), query }, ...uncached }),
      orderPageSchema,
    );
  },

  /** 404 for an order that is not this account's, exactly as for one that does not exist. */
  order(token: string, orderId: string) {
    return settle(
      op('order'),
      api().GET('/customers/me/orders/{orderId}', {
        params: { ...bearer(token), path: { orderId } },
        ...uncached,
      }),
      orderSchema,
    );
  },

  addresses(token: string): Promise<Result<SavedAddress[]>> {
    return listOf(
      settle(
        op('addresses'),
        api().GET('/customers/me/addresses', { params: bearer(token), ...uncached }),
        addressesSchema,
      ),
      'addresses',
    );
  },

  /** 409 `address_limit` past 20 addresses. */
  addAddress(token: string, body: AddressInput): Promise<Result<SavedAddress>> {
    return settle(
      op('addAddress'),
      api().POST('/customers/me/addresses', { params: bearer(token), body, ...uncached }),
      addressSchema,
    );
  },

  updateAddress(token: string, addressId: string, body: AddressInput) {
    return settle(
      op('updateAddress'),
      api().PUT('/customers/me/addresses/{addressId}', {
        params: { ...bearer(token), path: { addressId } },
        body,
        ...uncached,
      }),
      addressSchema,
    );
  },

  async makeDefaultAddress(token: string, addressId: string): Promise<Result<SavedAddress>> {
    const saved = await customers.addresses(token);
    if (!saved.ok) return saved;
    const found = saved.value.find((entry) => entry.id === addressId);
    if (!found) {
      const notFound = { kind: 'http' as const, status: 404, retryable: false };
      return err({ ...op('makeDefaultAddress'), ...notFound, message: 'No such address' });
    }
    return customers.updateAddress(token, addressId, { ...found.address, isDefault: true });
  },

  removeAddress(token: string, addressId: string) {
    return settleNoContent(
      op('removeAddress'),
      api().DELETE('/customers/me/addresses/{addressId}', {
        params: { ...bearer(token), path: { addressId } },
        ...uncached,
      }),
    );
  },

  wishlist(token: string): Promise<Result<Wishlist>> {
    return settle(
      op('wishlist'),
      api().GET('/customers/me/wishlist', { params: bearer(token), ...uncached }),
      wishlistSchema,
    );
  },

  /** Idempotent; 404 `product_not_found` for a product the catalog does not have. */
  addToWishlist(token: string, productId: string) {
    return settleNoContent(
      op('addToWishlist'),
      api().PUT('/customers/me/wishlist/{productId}', {
        params: { ...bearer(token), path: { productId } },
        ...uncached,
      }),
    );
  },

  removeFromWishlist(token: string, productId: string) {
    return settleNoContent(
      op('removeFromWishlist'),
      api().DELETE('/customers/me/wishlist/{productId}', {
        params: { ...bearer(token), path: { productId } },
        ...uncached,
      }),
    );
  },

  /** A guest's wishlist joins the account's at sign-in; unknown products are skipped. */
  mergeWishlist(token: string, productIds: string[]): Promise<Result<Wishlist>> {
    return settle(
      op('mergeWishlist'),
      api().POST('/customers/me/wishlist/merge', {
        params: bearer(token),
        body: { productIds },
        ...uncached,
      }),
      wishlistSchema,
    );
  },

  exportData(token: string) {
    return settle(
      op('exportData'),
      api().GET('/customers/me/export', { params: bearer(token), ...uncached }),
      exportSchema,
    );
  },

  /** Needs the password where the account has one (403 `invalid_credentials` otherwise). */
  deleteAccount(token: string, password: string | undefined) {
    return settleNoContent(
      op('deleteAccount'),
      api().DELETE('/customers/me', {
        params: bearer(token),
        body: password === undefined ? {} : { password },
        ...uncached,
      }),
    );
  },

  /**
   * Asks to be told when a sold-out variant is back. With a session the account's e-mail is
   * used at once; without, `email` gets a link to confirm first. 202 either way.
   */
  requestStockAlert(body: Schemas['StockAlertBody'], token?: string) {
    return settleNoContent(
      op('requestStockAlert'),
      api().POST('/customers/stock-alerts', {
        ...(token ? { params: bearer(token) } : {}),
        body,
        ...uncached,
      }),
    );
  },

  confirmStockAlert(token: string) {
    return settle(
      op('confirmStockAlert'),
      api().POST('/customers/stock-alerts/confirm', { body: { token }, ...uncached }),
      stockAlertConfirmedSchema,
    );
  },
};
