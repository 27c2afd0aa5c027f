import type { Catalog } from '../catalog/catalog';
import type { CatalogViews } from '../catalog/views';
import type { Database } from '../db/database';
import type { Route } from '../framework/types';
import type { MailOutbox } from '../mail/mail-outbox';
import { Accounts } from './accounts';
import { AddressBook } from './address-book';
import { alertRoutes } from './alert-routes';
import { authRoutes } from './auth-routes';
import { CustomerOrders } from './customer-orders';
import { CustomerRepository } from './customer-repository';
import { meRoutes } from './me-routes';
import { Passkeys, relyingPartyOf } from './passkeys';
import { RateLimits } from '../shared/rate-limits';
import { Sessions } from './sessions';
import { StockAlerts } from './stock-alerts';
import { Wishlists } from './wishlist';

interface CustomerServiceInput {
  db: Database;
  catalog: Catalog;
  views: CatalogViews;
  outbox: MailOutbox;
  /** The storefront's public origin: links in mails, and the passkeys' relying party. */
  storefrontUrl: string;
}

/** The customer service: its parts wired, its routes, and what a restock must tell it. */
export function customerService({
  db,
  catalog,
  views,
  outbox,
  storefrontUrl,
}: CustomerServiceInput) {
  const customers = new CustomerRepository(db);
  const sessions = new Sessions(db);
  const passkeys = new Passkeys(db, relyingPartyOf(storefrontUrl));
  const orders = new CustomerOrders(db);
  const addresses = new AddressBook(db);
  const wishlists = new Wishlists(db, (productId) => catalog.product(productId) !== undefined);
  const limits = new RateLimits(db);
  const accounts = new Accounts({
    db,
    customers,
    sessions,
    passkeys,
    orders,
    addresses,
    wishlists,
    limits,
    outbox,
    storefrontUrl,
  });
  const alerts = new StockAlerts({
    db,
    outbox,
    storefrontUrl,
    describe: (sku, locale) => {
      const found = catalog.variantBySku(sku);
      if (!found) return undefined;
      const view = views.product(found.product, locale, 'USD');
      const labels = view.options.map(
        (option) =>
          option.values.find((value) => value.value === found.variant[option.name])?.label ?? '',
      );
      return {
        productName: view.name,
        variantLabel: labels.filter(Boolean).join(' / '),
        path: `/${locale}/p/${view.slug}`,
      };
    },
  });
  const routes: Route[] = [
    ...authRoutes(accounts, passkeys),
    ...meRoutes({ accounts, customers, sessions, passkeys, orders, addresses, wishlists }),
    ...alertRoutes({ alerts, sessions, customers, limits }),
  ];
  return { routes, restocked: (sku: string) => alerts.restocked(sku), prune: () => limits.prune() };
}
