import { describe, expect, it } from 'vitest';
import { assignVariant, type Visitor } from './assignment';
import { bucket } from './bucket';
import { defineExperiment, fallbackVariant, NOT_ENROLLED } from './experiment';

const experiment = defineExperiment({
  key: 'pdp-add-to-cart',
  hypothesis: 'h',
  page: 'product',
  variants: { inline: 50, sticky: 50 },
  targeting: { devices: ['phone'], locales: ['en-US', 'de-DE'] },
  start: '2026-11-01',
  stop: '2026-12-01',
  winner: 'sticky',
  primaryMetric: 'add_to_cart',
});
const phone: Visitor = {
  id: '0b7c3a52-1d2e-4f60-9a8b-7c6d5e4f3a21',
  locale: 'en-US',
  device: 'phone',
  bot: false,
};
const during = new Date('2026-11-15T00:00:00Z');

describe('assignVariant', () => {
  it('buckets a targeted visitor while the experiment runs', () => {
    expect(assignVariant(experiment, phone, during)).toBe(
      bucket(phone.id, experiment.key, experiment.variants),
    );
  });

  it('leaves out crawlers and visitors outside the targeting', () => {
    expect(assignVariant(experiment, { ...phone, bot: true }, during)).toBe(NOT_ENROLLED);
    expect(assignVariant(experiment, { ...phone, device: 'desktop' }, during)).toBe(NOT_ENROLLED);
    expect(assignVariant(experiment, { ...phone, locale: 'ja-JP' }, during)).toBe(NOT_ENROLLED);
  });

  it('enrolls nobody before the start or from the stop on, when everyone sees the winner', () => {
    expect(assignVariant(experiment, phone, new Date('2026-10-31T23:59:59Z'))).toBe(NOT_ENROLLED);
    expect(assignVariant(experiment, phone, new Date('2026-12-01T00:00:00Z'))).toBe(NOT_ENROLLED);
    expect(fallbackVariant(experiment)).toBe('sticky');
    expect(fallbackVariant({ ...experiment, winner: undefined })).toBe('inline');
  });
});

describe('defineExperiment', () => {
  it('refuses definitions the types cannot catch', () => {
    const valid = {
      key: 'k',
      hypothesis: 'h',
      page: 'home' as const,
      variants: { a: 1, b: 1 },
      start: '2026-01-01',
      primaryMetric: 'purchase' as const,
    };
    expect(() => defineExperiment({ ...valid, key: 'Bad Key' })).toThrow(/key/);
    expect(() => defineExperiment({ ...valid, variants: { a: 1 } })).toThrow(/two variants/);
    expect(() => defineExperiment({ ...valid, variants: { a: 1, off: 1 } })).toThrow(
      /variant names/,
    );
    expect(() => defineExperiment({ ...valid, variants: { a: 1, b: 0 } })).toThrow(
      /positive weights/,
    );
    expect(() => defineExperiment({ ...valid, start: 'soon' })).toThrow(/start/);
  });
});
