import { describe, expect, it } from 'vitest';
import { createTagLedger, markFor } from './tag-ledger';

describe('tag ledger', () => {
  it('expires entries modified before an immediate expiry, and only those', () => {
    const ledger = createTagLedger();
    ledger.apply('product:1', markFor(1_000, { expire: 0 }));
    expect(ledger.judge(['product:1'], 999, 2_000)).toBe('expired');
    expect(ledger.judge(['product:1'], 1_000, 2_000)).toBe('fresh');
    expect(ledger.judge(['product:2'], 999, 2_000)).toBe('fresh');
    expect(ledger.judge(['category:9', 'product:1'], 500, 2_000)).toBe('expired');
  });

  it('marks entries stale without a profile expiry, and expires them once the expiry passes', () => {
    const ledger = createTagLedger();
    ledger.apply('product:1', markFor(1_000, { expire: 60 }));
    expect(ledger.judge(['product:1'], 999, 2_000)).toBe('stale');
    expect(ledger.judge(['product:1'], 999, 61_001)).toBe('expired');
    expect(markFor(5, {})).toEqual({ stale: 5 });
    expect(markFor(5)).toEqual({ expired: 5 });
  });

  it('keeps the latest time whatever order marks arrive in', () => {
    const ledger = createTagLedger();
    ledger.apply('t', { expired: 3_000 });
    ledger.apply('t', { expired: 2_000, stale: 2_000 });
    expect(ledger.judge(['t'], 2_500, 4_000)).toBe('expired');
    expect(ledger.judge(['t'], 3_000, 4_000)).toBe('fresh');
  });
});
