'use client';

import { useEffect, useState } from 'react';
import { afterNextPaint } from '@/lib/browser/after-paint';
import {
  defaultSelection,
  selectionFromQuery,
  selectionQuery,
  type ProductOption,
  type Selection,
} from '@/lib/product/variant-selection';

/**
 * The shopper's colour and size, mirrored in the URL's query so a choice can be shared. The
 * cached HTML carries the default choice; the URL's choice is applied once hydrated, in place,
 * so the inputs a shopper may already be touching are never swapped out.
 */
export function useVariantChoice(options: ProductOption[]) {
  const [selection, setSelection] = useState<Selection>(() => defaultSelection(options));
  useEffect(
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is only readable after hydration; the cached HTML must match the default first
    () => setSelection(selectionFromQuery(new URLSearchParams(window.location.search), options)),
    [options],
  );

  function choose(name: ProductOption['name'], value: string) {
    const next = { ...selection, [name]: value };
    setSelection(next);
    // Next's router watches replaceState and re-renders the whole app for the new URL: in the
    // tap's own task that came before the chosen chip was painted (hundreds of ms at 4x CPU).
    afterNextPaint(() =>
      window.history.replaceState(null, '', `${window.location.pathname}${selectionQuery(next)}`),
    );
  }

  return { selection, choose };
}
