import type { OrderRepository } from './order-repository';
import type { CartRepository } from '../cart/cart-repository';
import type { InventoryReservations } from '../inventory/reservations';
import type { PaymentRepository } from '../payment/payment-repository';
import type { PaymentGateway } from '../payment/payment-service';
import type { PromoRepository } from '../promotions/promo-repository';

export interface RecoveryDependencies {
  orders: OrderRepository;
  carts: CartRepository;
  reservations: InventoryReservations;
  authorizations: PaymentRepository;
  payments: PaymentGateway;
  promoCodes: Pick<PromoRepository, 'release' | 'releaseOrphans'>;
}

export interface RecoveryReport {
  ordersConfirmed: number;
  ordersRemoved: number;
  authorizationsVoided: number;
  reservationsReleased: number;
  cartsClosed: number;
  promoUsesReleased: number;
}

/**
 * Settles what a crash left half-way through the checkout saga. The saga runs
 * in this process, so at start-up none can be legitimately in flight:
 *
 * - a pending order whose payment was already captured is finished (confirmed,
 *   its stock kept sold, its cart closed): the shopper has paid;
 * - any other pending order is removed with its idempotency key, so a retry
 *   with the same key runs the checkout again;
 * - every checkout authorization still on hold is voided;
 * - every reservation still held is released;
 * - a promo code's use claimed for an order that was removed or never stored is given back;
 * - a cart whose order was confirmed but not yet closed is closed.
 *
 * Runs before the server takes requests; each step is idempotent, so a crash
 * during recovery is recovered by the next start.
 */
export async function recoverInterruptedCheckouts(
  deps: RecoveryDependencies,
): Promise<RecoveryReport> {
  const report: RecoveryReport = {
    ordersConfirmed: 0,
    ordersRemoved: 0,
    authorizationsVoided: 0,
    reservationsReleased: 0,
    cartsClosed: 0,
    promoUsesReleased: 0,
  };
  for (const order of await deps.orders.pending()) {
    const authorization =
      order.payment && (await deps.authorizations.find(order.payment.authorizationId));
    if (order.payment && authorization?.status === 'captured') {
      await deps.orders.update({
        ...order,
        status: 'confirmed',
        payment: { ...order.payment, status: 'captured' },
      });
      await deps.reservations.commitFor(order.id);
      report.ordersConfirmed += 1;
    } else {
      await deps.orders.remove(order.id);
      await deps.promoCodes.release(order.id);
      report.ordersRemoved += 1;
    }
  }
  // Checkout's gateway keys are `checkout:<order id>`; other clients' holds are theirs to settle.
  for (const hold of await deps.authorizations.openHolds('checkout:')) {
    await deps.payments.void(hold.id);
    report.authorizationsVoided += 1;
  }
  report.reservationsReleased = await deps.reservations.releaseAllHeld();
  report.promoUsesReleased = await deps.promoCodes.releaseOrphans();
  for (const { orderId, cartId } of await deps.orders.confirmedWithOpenCart()) {
    await deps.carts.markOrdered(cartId, orderId);
    report.cartsClosed += 1;
  }
  return report;
}
