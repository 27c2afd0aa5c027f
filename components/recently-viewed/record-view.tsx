'use client';

import { useEffect } from 'react';
import { rememberViewed, type ViewedProduct } from './recently-viewed-store';

/** Adds the product page's product to the shopper's recently viewed list, in this browser only. */
export function RecordView({ locale, product }: { locale: string; product: ViewedProduct }) {
  useEffect(() => rememberViewed(locale, product), [locale, product]);
  return null;
}
