'use client';

import { useSyncExternalStore } from 'react';

/** Sections whose pages need the network by nature (see lib/pwa/page-rules.ts). */
const CART_SECTIONS = new Set(['cart', 'checkout', 'order']);

const noChange = () => () => undefined;
const inCartSection = () => CART_SECTIONS.has(location.pathname.split('/', 3)[2] ?? '');
const notKnownOnServer = () => false;

/**
 * Why the page is not here. The offline page stands in for whatever address the shopper asked
 * for, which only the browser knows: for the cart and checkout, say they need a connection.
 */
export function OfflineReason({ messages: m }: { messages: { page: string; cart: string } }) {
  const cart = useSyncExternalStore(noChange, inCartSection, notKnownOnServer);
  return <p className="text-ink-muted">{cart ? m.cart : m.page}</p>;
}
