'use client';

import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

type IntentLinkProps = Omit<
  ComponentProps<typeof Link>,
  'prefetch' | 'onPointerEnter' | 'onTouchStart' | 'onFocus'
>;

/**
 * A client-side link that prefetches its page when the shopper shows intent (a pointer over it,
 * a touch starting on it, keyboard focus) instead of when it scrolls into view. Next's default
 * fetches every visible link's page right after load: on a phone that was a dozen requests and
 * their parsing on the main thread (the header's menu alone, on every page; a listing's cards on
 * top), competing with the page's own start-up. A touch starts ~100 ms before its click, a
 * pointer usually much earlier: enough for most of a cached page to arrive.
 */
export function IntentLink(props: IntentLinkProps) {
  const [intent, setIntent] = useState(false);
  const showIntent = () => setIntent(true);
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onPointerEnter={showIntent}
      onTouchStart={showIntent}
      onFocus={showIntent}
    />
  );
}
