'use server';

import { redirect } from 'next/navigation';
import { addOrderedLines } from '@/lib/cart/cart-operations';
import { routes } from '@/lib/routes';
import { customers } from '@/lib/services/customers/client';
import { accountForm } from './account-form';
import { signedInFor } from './signed-in-action';

/**
 * Puts an earlier order's lines back into the cart, those still in stock. The order is read
 * through the account (a guessed id of someone else's order is simply not found).
 */
export async function buyAgain(posted: unknown): Promise<void> {
  const { locale, text } = await accountForm(posted);
  const { token } = await signedInFor(locale);
  const orderId = text('orderId', 32);
  const order = await customers.order(token, orderId);
  if (!order.ok) redirect(routes.accountPage(locale, 'orders'));
  const added = await addOrderedLines(locale, order.value.lines);
  const outcome = added === 'unavailable' ? 'error=unavailable' : `added=${added}`;
  redirect(`${routes.accountOrder(locale, orderId)}?${outcome}`);
}
