import type { StoredEntry } from './entry-codec';

/**
 * The entries this process read or wrote most recently, in memory, within a byte budget: a
 * cached page is served without a Redis round trip and its JSON parse, and still when Redis is
 * down. Copies are only ever served after the tag ledger has judged them (every tag expiry
 * reaches every instance) and are dropped when another instance writes a newer one.
 */
export function createLocalCopies(maxBytes: number) {
  const copies = new Map<string, { entry: StoredEntry; bytes: number }>();
  let total = 0;

  function drop(key: string): void {
    const copy = copies.get(key);
    if (!copy) return;
    total -= copy.bytes;
    copies.delete(key);
  }

  return {
    get(key: string): StoredEntry | undefined {
      const copy = copies.get(key);
      if (!copy) return undefined;
      // Least recently used first out: a read moves the copy to the end of the Map's order.
      copies.delete(key);
      copies.set(key, copy);
      return copy.entry;
    },
    set(key: string, entry: StoredEntry, bytes: number): void {
      drop(key);
      if (bytes > maxBytes / 4) return; // one huge entry must not flush everything else
      copies.set(key, { entry, bytes });
      total += bytes;
      for (const oldest of copies.keys()) {
        if (total <= maxBytes) break;
        drop(oldest);
      }
    },
    delete: drop,
    get bytes(): number {
      return total;
    },
  };
}
