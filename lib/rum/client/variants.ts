import type { Beacon } from '@/lib/rum/beacon';

/**
 * Experiment key → variant this visitor sees, sent with every beacon so vitals can be compared
 * per variant. No experiments exist yet: the experiments issue fills this in (from its
 * assignment cookie) and the collector already accepts up to 10 keys.
 */
export function experimentVariants(): Beacon['variants'] {
  return {};
}
