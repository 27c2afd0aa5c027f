/**
 * The products a shopper looked at last, per locale (names are in the language they were seen
 * in), kept only in this browser's localStorage: nothing of it is ever sent to the server or put
 * in a page a CDN may share. Storage may be unavailable (privacy modes): then there is no list.
 */
export interface ViewedProduct {
  id: string;
  href: string;
  name: string;
  image: { src: string; width: number; height: number };
}

const KEY = 'recently-viewed';
const MAX = 12;
const listeners = new Set<() => void>();
/** A path on this site: not `//host` or `/\\host`, which browsers read as another site. */
const SAME_SITE_PATH = /^\/(?![/\\])/;

type Stored = Record<string, ViewedProduct[]>;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length < 2000;

function isViewedProduct(value: unknown): value is ViewedProduct {
  if (typeof value !== 'object' || value === null) return false;
  const { id, href, name, image } = value as Partial<ViewedProduct>;
  return (
    isText(id) &&
    isText(href) &&
    SAME_SITE_PATH.test(href) &&
    isText(name) &&
    typeof image === 'object' &&
    image !== null &&
    isText(image.src) &&
    Number.isInteger(image.width) &&
    Number.isInteger(image.height)
  );
}

function readAll(): Stored {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
    return Object.fromEntries(
      Object.entries(stored).map(([locale, list]) => [
        locale,
        Array.isArray(list) ? list.filter(isViewedProduct).slice(0, MAX) : [],
      ]),
    );
  } catch {
    return {};
  }
}

function writeAll(stored: Stored): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // storage full or blocked: the list is a convenience
  }
  for (const listener of listeners) listener();
}

/** The locale's list as JSON, newest first: a string, so React can compare snapshots cheaply. */
export function viewedSnapshot(locale: string): string {
  return JSON.stringify(readAll()[locale] ?? []);
}

export function parseViewed(snapshot: string): ViewedProduct[] {
  const parsed: unknown = JSON.parse(snapshot);
  return Array.isArray(parsed) ? parsed.filter(isViewedProduct) : [];
}

export function rememberViewed(locale: string, product: ViewedProduct): void {
  const stored = readAll();
  const others = (stored[locale] ?? []).filter((item) => item.id !== product.id);
  writeAll({ ...stored, [locale]: [product, ...others].slice(0, MAX) });
}

/** Forgets every locale's list: the shopper asked to clear their history. */
export function clearViewed(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // blocked storage holds nothing to clear
  }
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: changes in this tab, and in other tabs through the storage event. */
export function subscribeViewed(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
