import { describe, expect, it } from 'vitest';
import { offlineNotice } from './offline-notice';

describe('offlineNotice', () => {
  it('says nothing on a fresh page with a connection', () => {
    expect(offlineNotice({ fromSavedCopy: false, online: true })).toBeNull();
  });

  it('tells a saved copy served offline from one served because the network was too slow', () => {
    expect(offlineNotice({ fromSavedCopy: true, online: false })).toBe('offlineSavedCopy');
    expect(offlineNotice({ fromSavedCopy: true, online: true })).toBe('slowSavedCopy');
  });

  it('dates a fresh page whose connection dropped after it loaded', () => {
    expect(offlineNotice({ fromSavedCopy: false, online: false })).toBe('offlineLive');
  });
});
