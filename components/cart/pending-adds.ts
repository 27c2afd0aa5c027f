import type { Locale } from '@/lib/i18n/markets';

/**
 * Add-to-cart requests made without a connection, kept in this browser until they can be sent.
 * Each carries the request id of its first attempt, so however often it is replayed (another
 * tab, a lost answer) the cart service adds it once.
 */
export interface PendingAdd {
  requestId: string;
  locale: Locale;
  productId: string;
  color: string;
  size: string;
  quantity: number;
  /** The product's name, to tell the shopper which item could not be added. */
  name: string;
}

const STORAGE_KEY = 'cart-pending-adds';
const listeners = new Set<() => void>();

function isPendingAdd(value: unknown): value is PendingAdd {
  const entry = value as Partial<PendingAdd> | null;
  return (
    typeof entry?.requestId === 'string' &&
    typeof entry.locale === 'string' &&
    typeof entry.productId === 'string' &&
    typeof entry.color === 'string' &&
    typeof entry.size === 'string' &&
    typeof entry.name === 'string' &&
    Number.isInteger(entry.quantity)
  );
}

// The last parse, by the stored text: components read the queue on every render, and parsing it
// each time cost a tap on the product page measurable time on a slow phone.
let parsed: { raw: string | null; entries: PendingAdd[] } | undefined;

function parse(raw: string | null): PendingAdd[] {
  try {
    const stored: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(stored) ? stored.filter(isPendingAdd) : [];
  } catch {
    return [];
  }
}

function read(): PendingAdd[] {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (parsed?.raw !== raw) parsed = { raw, entries: parse(raw) };
  return [...parsed.entries];
}

function write(entries: PendingAdd[]): void {
  if (entries.length === 0) localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
  for (const listener of listeners) listener();
}

export const pendingAdds = {
  list: read,
  /** Items waiting, for the badge: the shopper counts them as in the cart already. */
  quantity: () => read().reduce((sum, entry) => sum + entry.quantity, 0),
  quantityOf: (productId: string) =>
    read().reduce((sum, entry) => (entry.productId === productId ? sum + entry.quantity : sum), 0),
  add(entry: PendingAdd): void {
    write([...read().filter((other) => other.requestId !== entry.requestId), entry]);
  },
  remove(requestId: string): void {
    write(read().filter((entry) => entry.requestId !== requestId));
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    // Other tabs queue and replay too.
    const fromOtherTab = (event: StorageEvent) => event.key === STORAGE_KEY && listener();
    addEventListener('storage', fromOtherTab);
    return () => {
      listeners.delete(listener);
      removeEventListener('storage', fromOtherTab);
    };
  },
};

/** A fresh id for one add-to-cart, reused by every replay of it. */
export function newRequestId(): string {
  return crypto.randomUUID();
}
