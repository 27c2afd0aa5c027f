'use client';

import { useSyncExternalStore } from 'react';
import { pendingAdds } from '@/components/cart/pending-adds';
import type { Locale } from '@/lib/i18n/markets';
import { plural, type PluralForms } from '@/lib/i18n/plural';

/**
 * How many of this product's adds wait in the offline queue. Always rendered (empty and
 * visually hidden when none wait) so screen readers announce the count when it appears.
 */
export function OfflineAddsStatus({
  productId,
  locale,
  message,
}: {
  productId: string;
  locale: Locale;
  message: PluralForms;
}) {
  const pending = useSyncExternalStore(
    pendingAdds.subscribe,
    () => pendingAdds.quantityOf(productId),
    () => 0,
  );
  return (
    <p
      role="status"
      data-testid="pending-offline"
      className={pending > 0 ? 'text-sm text-warn' : 'sr-only'}
    >
      {pending > 0 ? plural(locale, message, pending) : ''}
    </p>
  );
}
