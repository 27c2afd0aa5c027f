'use client';

import { useEffect } from 'react';
import { cartStore } from './cart-store';

/**
 * Tells the header badge what the server knows, on pages a server action led to (the layout and
 * its badge survive client-side navigation, so their count would otherwise be the old one).
 */
export function CartCountSync({ count }: { count: number }) {
  useEffect(() => cartStore.setServerCount(count), [count]);
  return null;
}
