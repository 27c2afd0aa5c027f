'use client';

import { useSyncExternalStore } from 'react';
import { isShopperPage } from '@/lib/pwa/page-rules';

const noChange = () => () => undefined;
const onShopperPage = () => isShopperPage(location.pathname);
const notKnownOnServer = () => false;

/**
 * Why the page is not here. The offline page stands in for whatever address the shopper asked
 * for, which only the browser knows: for the cart and checkout, say they need a connection.
 */
export function OfflineReason({ messages: m }: { messages: { page: string; cart: string } }) {
  const cart = useSyncExternalStore(noChange, onShopperPage, notKnownOnServer);
  return <p className="text-ink-muted">{cart ? m.cart : m.page}</p>;
}
