import { notFound, DetailedError, HttpError } from '../framework/errors';
import { parseFields } from '../framework/field-errors';
import type { HttpResult, RequestContext, Route } from '../framework/types';
import type { Accounts } from './accounts';
import type { AddressBook } from './address-book';
import { bearerToken } from './bearer';
import type { CustomerOrders } from './customer-orders';
import type { CustomerRepository } from './customer-repository';
import type { Passkeys } from './passkeys';
import {
  addPasskeyBody,
  changePasswordBody,
  deleteAccountBody,
  mergeWishlistBody,
  ordersQuery,
  parseAddressBody,
} from './requests';
import type { Sessions } from './sessions';
import type { Wishlists } from './wishlist';

export interface MeDependencies {
  accounts: Accounts;
  customers: CustomerRepository;
  sessions: Sessions;
  passkeys: Passkeys;
  orders: CustomerOrders;
  addresses: AddressBook;
  wishlists: Wishlists;
}

interface Session {
  sessionId: string;
  customerId: string;
  expiresAt: string;
}

type Method = Route['method'];
type MeHandler = (context: RequestContext, session: Session) => Promise<HttpResult>;

const noContent: HttpResult = { status: 204, bytes: Buffer.alloc(0), headers: {} };
const ok = (json: unknown): HttpResult => ({ status: 200, json });

/**
 * Everything under /customers/me acts for the session's customer only: ids in the path are
 * looked up within that customer's rows, so another customer's id is simply not found.
 */
export function meRoutes(deps: MeDependencies): Route[] {
  const me = (method: Method, template: string, handler: MeHandler): Route => ({
    method,
    template: `/customers/me${template}`,
    service: 'customers',
    handler: async (context) =>
      handler(context, await deps.sessions.authenticate(bearerToken(context.headers))),
  });

  return [
    me('GET', '', async (_context, session) => {
      const stored = await deps.customers.byId(session.customerId);
      if (!stored) throw new HttpError(401, 'unauthenticated', 'No such account');
      return ok({
        customer: stored.customer,
        session: { id: session.sessionId, expiresAt: session.expiresAt },
      });
    }),
    me('DELETE', '', async ({ readJson }, session) => {
      const { password } = parseFields(deleteAccountBody, (await readJson()) ?? {});
      await deps.accounts.deleteAccount(session.customerId, password);
      return noContent;
    }),
    me('DELETE', '/session', async (_context, session) => {
      await deps.sessions.end(session.customerId, session.sessionId);
      return noContent;
    }),
    me('GET', '/sessions', async (_context, session) =>
      ok({ sessions: await deps.sessions.list(session.customerId, session.sessionId) }),
    ),
    me('DELETE', '/sessions', async (_context, session) => {
      await deps.sessions.endEverywhere(session.customerId);
      return noContent;
    }),
    me('DELETE', '/sessions/{sessionId}', async ({ params }, session) => {
      if (!(await deps.sessions.end(session.customerId, params.sessionId ?? '')))
        throw notFound('Session');
      return noContent;
    }),
    me('PUT', '/password', async ({ readJson }, session) => {
      const body = parseFields(changePasswordBody, await readJson());
      await deps.accounts.changePassword(
        session.customerId,
        body.currentPassword,
        body.newPassword,
      );
      return noContent;
    }),
    me('GET', '/passkeys', async (_context, session) =>
      ok({ passkeys: await deps.passkeys.list(session.customerId) }),
    ),
    me('POST', '/passkeys/options', async (_context, session) => {
      const stored = await deps.customers.byId(session.customerId);
      if (!stored) throw new HttpError(401, 'unauthenticated', 'No such account');
      return ok(
        await deps.passkeys.registrationOptions('add', stored.customer.email, session.customerId),
      );
    }),
    me('POST', '/passkeys', async ({ readJson }, session) => {
      const body = parseFields(addPasskeyBody, await readJson());
      const answer = { ...body, subject: session.customerId };
      const passkey = await deps.passkeys.add(session.customerId, answer, body.name || 'Passkey');
      return { status: 201, json: passkey };
    }),
    me('DELETE', '/passkeys/{passkeyId}', async ({ params }, session) => {
      const stored = await deps.customers.byId(session.customerId);
      const removed = await deps.passkeys.remove(
        session.customerId,
        params.passkeyId ?? '',
        stored?.customer.hasPassword ?? false,
      );
      if (!removed) throw notFound('Passkey');
      return noContent;
    }),
    me('GET', '/orders', async ({ query }, session) => {
      const { limit, cursor } = parseFields(ordersQuery, Object.fromEntries(query));
      return ok(await deps.orders.page(session.customerId, limit, cursor));
    }),
    me('GET', '/orders/{orderId}', async ({ params }, session) => {
      const order = await deps.orders.get(session.customerId, params.orderId ?? '');
      if (!order) throw new DetailedError(404, 'order_not_found', 'No such order in this account');
      return ok(order);
    }),
    me('GET', '/addresses', async (_context, session) =>
      ok({ addresses: await deps.addresses.list(session.customerId) }),
    ),
    me('POST', '/addresses', async ({ readJson }, session) => {
      const { address, isDefault } = parseAddressBody(await readJson());
      return {
        status: 201,
        json: await deps.addresses.add(session.customerId, address, isDefault),
      };
    }),
    me('PUT', '/addresses/{addressId}', async ({ params, readJson }, session) => {
      const { address, isDefault } = parseAddressBody(await readJson());
      const saved = await deps.addresses.update(
        session.customerId,
        params.addressId ?? '',
        address,
        isDefault,
      );
      if (!saved) throw notFound('Address');
      return ok(saved);
    }),
    me('DELETE', '/addresses/{addressId}', async ({ params }, session) => {
      if (!(await deps.addresses.remove(session.customerId, params.addressId ?? '')))
        throw notFound('Address');
      return noContent;
    }),
    me('GET', '/wishlist', async (_context, session) =>
      ok(await deps.wishlists.get(session.customerId)),
    ),
    me('POST', '/wishlist/merge', async ({ readJson }, session) => {
      const { productIds } = parseFields(mergeWishlistBody, await readJson());
      return ok(await deps.wishlists.merge(session.customerId, productIds));
    }),
    me('PUT', '/wishlist/{productId}', async ({ params }, session) => {
      if (!(await deps.wishlists.add(session.customerId, params.productId ?? '')))
        throw new DetailedError(404, 'product_not_found', 'No such product');
      return noContent;
    }),
    me('DELETE', '/wishlist/{productId}', async ({ params }, session) => {
      await deps.wishlists.remove(session.customerId, params.productId ?? '');
      return noContent;
    }),
    me('GET', '/export', async (_context, session) =>
      ok(await deps.accounts.exportData(session.customerId, session.sessionId)),
    ),
  ];
}
