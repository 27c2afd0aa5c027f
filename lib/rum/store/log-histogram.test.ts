import { describe, expect, it } from 'vitest';
import { addInto, BIN_COUNT, binOf, quantile } from './log-histogram';

function histogramOf(values: number[], max: number): Uint32Array {
  const bins = new Uint32Array(BIN_COUNT);
  for (const value of values) bins[binOf(value, max)]! += 1;
  return bins;
}

describe('log histogram', () => {
  it('reads p75 within 5% at every scale', () => {
    for (const [scale, max] of [
      [1, 120_000],
      [100, 120_000],
      [0.001, 10],
    ] as const) {
      const values = Array.from({ length: 1000 }, (_, i) => (i + 1) * scale);
      const p75 = quantile(histogramOf(values, max), 0.75, max)!;
      expect(Math.abs(p75 / (750 * scale) - 1)).toBeLessThan(0.05);
    }
  });

  it('reads zero as zero and clamps the maximum into the last bin', () => {
    expect(quantile(histogramOf([0, 0, 0], 10), 0.75, 10)).toBe(0);
    expect(binOf(120_000, 120_000)).toBeLessThan(BIN_COUNT);
    expect(quantile(new Uint32Array(BIN_COUNT), 0.75, 10)).toBeUndefined();
  });

  it('merges by adding bins', () => {
    const merged = histogramOf([100, 200], 120_000);
    addInto(merged, histogramOf([300, 400], 120_000));
    expect(merged.reduce((a, b) => a + b, 0)).toBe(4);
    expect(Math.abs(quantile(merged, 1, 120_000)! / 400 - 1)).toBeLessThan(0.05);
  });
});
