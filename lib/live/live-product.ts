import type { Money } from '@/lib/i18n/money';

/** What /api/live/[productId] answers: fresh price and stock for every variant, with option labels in the requested locale. */
export interface LiveVariant {
  sku: string;
  size: string;
  color: string;
  available: number;
  status: 'in_stock' | 'low_stock' | 'out_of_stock';
  price: Money;
}

export interface LiveProduct {
  productId: string;
  fetchedAt: string;
  variants: LiveVariant[];
}

export type StockStatus = LiveVariant['status'];

export function summarizeStock(variants: LiveVariant[]) {
  const available = variants.reduce((sum, variant) => sum + variant.available, 0);
  const inStockSizes = [...new Set(variants.filter((v) => v.available > 0).map((v) => v.size))];
  const status: StockStatus = available === 0 ? 'out_of_stock' : available <= 5 ? 'low_stock' : 'in_stock';
  const lowestPrice = variants.reduce<Money | undefined>((low, v) => (!low || v.price.amount < low.amount ? v.price : low), undefined);
  return { available, inStockSizes, status, lowestPrice };
}
