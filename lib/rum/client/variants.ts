import { parseVariantLabel } from '@/lib/rum/variant-label';
import type { Beacon } from '@/lib/rum/beacon';

/**
 * Experiment key → variant this page was rendered for, sent with every beacon so vitals can be
 * compared per variant. Read from the meta tag the page renders for enrolled visitors
 * (components/experiments/experiment-exposure.tsx); a page in no experiment has none.
 */
export function experimentVariants(): Beacon['variants'] {
  return parseVariantLabel(
    document.querySelector('meta[name="experiments"]')?.getAttribute('content'),
  );
}
