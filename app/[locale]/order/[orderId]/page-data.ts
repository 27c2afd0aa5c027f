import { notFound } from 'next/navigation';
import { ORDER_NUMBER } from '@/lib/checkout/order-number';
import { hasOrderAccess } from '@/lib/checkout/order-access';
import { currencyDigits } from '@/lib/i18n/money';
import { checkout, type Order } from '@/lib/services/checkout/client';

/**
 * The order behind a confirmation URL. Only a browser holding the order's access cookie gets it;
 * anyone else gets the same 404 as for an unknown number, so the page tells nobody it exists.
 */
export async function loadOrder(orderId: string): Promise<Order> {
  if (!ORDER_NUMBER.test(orderId)) notFound();
  const found = await checkout.getOrder(orderId);
  if (!found.ok || !(await hasOrderAccess(found.value))) notFound();
  return found.value;
}

/** What the purchase analytics event reports: the total in major units and the item count. */
export function purchaseOf(order: Order) {
  return {
    orderId: order.id,
    currency: order.total.currency,
    value: order.total.amount / 10 ** currencyDigits(order.total.currency),
    items: order.lines.reduce((sum, line) => sum + line.quantity, 0),
  };
}
