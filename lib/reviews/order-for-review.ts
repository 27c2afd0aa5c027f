import { readSessionToken } from '@/lib/account/session-cookie';
import { hasOrderAccess } from '@/lib/checkout/order-access';
import { ORDER_NUMBER } from '@/lib/checkout/order-number';
import { checkout, type Order } from '@/lib/services/checkout/client';
import { customers } from '@/lib/services/customers/client';

const PRODUCT_ID = /^p\d{6}$/;

interface ReviewableOrder {
  order: Order;
  line: Order['lines'][number];
  /** Which page of the order this browser may open: where "back to your order" leads. */
  from: 'order-page' | 'account';
}

/**
 * The order a shopper may review a product of: one this browser placed or looked up (its access
 * cookie), or one of the signed-in account's. The order's access token, which the reviews
 * service takes as proof of purchase, is read here on the server and never sent to the browser.
 * Undefined for anything else, so the caller answers the same way for "not yours" and "none".
 */
export async function orderForReview(
  orderId: string,
  productId: string,
): Promise<ReviewableOrder | undefined> {
  if (!ORDER_NUMBER.test(orderId) || !PRODUCT_ID.test(productId)) return undefined;
  const cookieOrder = await viaCookie(orderId);
  const order = cookieOrder ?? (await viaAccount(orderId));
  const line = order?.lines.find((candidate) => candidate.productId === productId);
  if (!order || !line || order.status !== 'confirmed') return undefined;
  return { order, line, from: cookieOrder ? 'order-page' : 'account' };
}

async function viaCookie(orderId: string): Promise<Order | undefined> {
  const found = await checkout.getOrder(orderId);
  return found.ok && (await hasOrderAccess(found.value)) ? found.value : undefined;
}

async function viaAccount(orderId: string): Promise<Order | undefined> {
  const token = await readSessionToken();
  if (!token) return undefined;
  const found = await customers.order(token, orderId);
  return found.ok ? found.value : undefined;
}
