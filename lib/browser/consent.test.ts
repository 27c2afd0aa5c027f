import { describe, expect, it } from 'vitest';
import { mayMeasure } from './consent';

const open = { doNotTrack: null, globalPrivacyControl: undefined, cookie: 'cart_items=2' };

describe('mayMeasure', () => {
  it('measures without any signal', () => {
    expect(mayMeasure(open)).toBe(true);
    expect(mayMeasure({ ...open, doNotTrack: '0', globalPrivacyControl: false, cookie: '' })).toBe(
      true,
    );
  });

  it('honours Do-Not-Track and Global Privacy Control', () => {
    expect(mayMeasure({ ...open, doNotTrack: '1' })).toBe(false);
    expect(mayMeasure({ ...open, globalPrivacyControl: true })).toBe(false);
  });

  it('honours rum_consent=0 wherever it sits in the cookie string', () => {
    expect(mayMeasure({ ...open, cookie: 'rum_consent=0' })).toBe(false);
    expect(mayMeasure({ ...open, cookie: 'cart_items=2; rum_consent=0; x=1' })).toBe(false);
  });

  it('is not fooled by look-alike cookies', () => {
    expect(mayMeasure({ ...open, cookie: 'rum_consent=1' })).toBe(true);
    expect(mayMeasure({ ...open, cookie: 'old_rum_consent=0; rum_consent=01' })).toBe(true);
  });
});
