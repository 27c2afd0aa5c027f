import type { Money } from '@/lib/i18n/money';

type StockStatus = 'in_stock' | 'low_stock' | 'out_of_stock';

/** What /api/live/[productId] answers: fresh price and stock per variant, keyed by SKU. */
export interface LiveVariant {
  sku: string;
  available: number;
  status: StockStatus;
  price: Money;
}

export interface LiveProduct {
  productId: string;
  fetchedAt: string;
  variants: LiveVariant[];
}
