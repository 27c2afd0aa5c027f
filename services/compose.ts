import { createAdminGuard } from './admin/auth';
import { ProductOverrideStore } from './admin/product-overrides';
import { adminRoutes } from './admin/routes';
import { CartRepository } from './cart/cart-repository';
import { CartService } from './cart/cart-service';
import { cartRoutes } from './cart/routes';
import type { Catalog } from './catalog/catalog';
import { createImageUrls } from './catalog/images';
import { ProductAttributes } from './catalog/facets/attributes';
import { FacetedListing } from './catalog/facets/faceted-listing';
import { ProductListings } from './catalog/listing';
import { catalogRoutes } from './catalog/routes';
import { CatalogViews } from './catalog/views';
import { CheckoutService } from './checkout/checkout-service';
import { OrderRepository } from './checkout/order-repository';
import { recoverInterruptedCheckouts } from './checkout/recovery';
import { checkoutRoutes } from './checkout/routes';
import type { ResolvedOptions } from './config';
import type { Database } from './db/database';
import { customerService } from './customers/routes';
import { EventRepository } from './events/event-repository';
import { eventRoutes } from './events/routes';
import type { Route } from './framework/types';
import { InventoryReservations } from './inventory/reservations';
import { inventoryRoutes } from './inventory/routes';
import { StockLedger } from './inventory/stock-ledger';
import { WebpRenderer } from './media/renderer';
import { mediaRoutes } from './media/routes';
import type { RequestCounters } from './ops/counters';
import type { FaultInjector } from './ops/faults';
import { MailDelivery } from './mail/mail-delivery';
import { MailOutbox } from './mail/mail-outbox';
import { opsRoutes } from './ops/routes';
import { promotionService } from './promotions/compose';
import { RateLimits } from './shared/rate-limits';
import { reviewService } from './reviews/compose';
import { PaymentMethodVault } from './payment/payment-methods';
import { PaymentRepository } from './payment/payment-repository';
import { ReferencePaymentGateway } from './payment/payment-service';
import { paymentRoutes } from './payment/routes';
import { OramaProductSearch } from './search/orama-product-search';
import { searchRoutes } from './search/routes';
import { KeyedMutex } from './shared/keyed-mutex';
import { WebhookDispatcher } from './webhooks/dispatcher';

interface CompositionInput {
  options: ResolvedOptions;
  publicUrl: string;
  db: Database;
  catalog: Catalog;
  counters: RequestCounters;
  faults: FaultInjector;
}

/** Wires every service together; the only place that knows all of them. */
export async function composeServices({
  options,
  publicUrl,
  db,
  catalog,
  counters,
  faults,
}: CompositionInput) {
  const overrides = new ProductOverrideStore(db, catalog);
  await overrides.loadInto();
  const ledger = await StockLedger.load(catalog, options.catalogSeed, db);
  const images = createImageUrls(publicUrl);
  const webhooks = new WebhookDispatcher(db, {
    url: options.storefrontWebhookUrl,
    secret: options.webhookSecret,
    retryDelaysMs: options.webhookRetryDelaysMs,
  });
  const guard = createAdminGuard(options.adminToken);
  const orders = new OrderRepository(db);
  const reviews = await reviewService({ db, catalog, orders, webhooks, guard });
  const views = new CatalogViews(catalog, images, (product) => reviews.ratings.summaryOf(product));
  const locks = new KeyedMutex();
  const cartRepository = new CartRepository(db);
  const promotions = await promotionService(db, guard);
  const carts = new CartService(cartRepository, catalog, ledger, images, locks, promotions.codes);

  const outbox = new MailOutbox(db);
  const mail = new MailDelivery(db, {
    smtpUrl: options.smtpUrl,
    from: options.mailFrom,
    pollMs: options.mailPollMs,
    storefrontUrl: options.storefrontUrl,
    log: options.log,
  });
  const customers = customerService({
    db,
    catalog,
    views,
    outbox,
    storefrontUrl: options.storefrontUrl,
  });

  const authorizations = new PaymentRepository(db);
  const payments = new ReferencePaymentGateway(authorizations, locks, options.paymentSlowMs);
  const methods = new PaymentMethodVault(options.paymentMethodTtlMs);
  const reservations = new InventoryReservations(db, ledger, locks);
  const recovered = await recoverInterruptedCheckouts({
    orders,
    carts: cartRepository,
    reservations,
    authorizations,
    payments,
    promoCodes: promotions.codes,
  });
  if (options.log === 'info' && Object.values(recovered).some((count) => count > 0)) {
    console.log(JSON.stringify({ msg: 'recovered interrupted checkouts', ...recovered }));
  }

  const listings = new ProductListings(catalog);
  const attributes = new ProductAttributes(catalog, ledger);
  // Stock flags hash every SKU once; pay for that at start-up rather than on the first listing.
  attributes.warm();
  const faceted = new FacetedListing(catalog, attributes);
  const search = new OramaProductSearch(catalog);

  const routes: Route[] = [
    ...catalogRoutes(catalog, listings, faceted, views),
    ...searchRoutes({ catalog, search, listings, faceted, views }),
    ...inventoryRoutes(catalog, ledger),
    ...cartRoutes(carts, new RateLimits(db)),
    ...checkoutRoutes(
      new CheckoutService({
        orders,
        carts,
        ledger,
        reservations,
        payments,
        methods,
        locks,
        paymentTimeoutMs: options.paymentTimeoutMs,
        outbox,
        promoCodes: promotions.codes,
      }),
    ),
    ...paymentRoutes(payments, methods),
    ...adminRoutes({
      guard,
      catalog,
      views,
      overrides,
      ledger,
      webhooks,
      restocked: customers.restocked,
    }),
    ...mediaRoutes(catalog, new WebpRenderer()),
    ...eventRoutes(new EventRepository(db)),
    ...customers.routes,
    ...reviews.routes,
    ...promotions.routes,
    ...opsRoutes({
      catalogSize: catalog.products.length,
      counters,
      faults,
      testControls: options.testControls,
    }),
  ];
  // Started last: a composition that fails half-way leaves no worker polling a closed database.
  mail.start();
  return {
    routes,
    search,
    close: async () => {
      webhooks.close();
      reviews.ratings.stop();
      await mail.stop();
    },
  };
}
