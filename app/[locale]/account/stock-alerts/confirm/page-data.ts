import { linkTokenSchema } from '@/lib/account/link-token';
import { customers } from '@/lib/services/customers/client';
import { markOutage } from '@/lib/services/transport/request-scope';

export type StockAlertConfirmation = 'confirmed' | 'invalid' | 'unavailable';

/**
 * Confirms the mailed stock-alert link on GET, the page view itself. A mail scanner that opens
 * links confirms it too, and that is accepted: the token is single use, was sent only to the
 * address it confirms, and confirming does no more than send that address one "back in stock"
 * mail. A button to press first would cost every shopper a step for no protection worth it.
 */
export async function confirmStockAlertLink(token: unknown): Promise<StockAlertConfirmation> {
  const parsed = linkTokenSchema.safeParse(token);
  if (!parsed.success) return 'invalid';
  const confirmed = await customers.confirmStockAlert(parsed.data);
  if (confirmed.ok) return 'confirmed';
  const status = confirmed.error.status;
  if (status === 400 || status === 410) return 'invalid';
  markOutage();
  return 'unavailable';
}
