import { describe, expect, it } from 'vitest';
import { connectionType } from '../rum/client/connection';
import { deviceClass } from './in-browser';

describe('deviceClass', () => {
  it.each([
    [
      'an Android phone (UA-CH mobile)',
      { shortSide: 412, coarsePointer: true, mobileHint: true },
      'phone',
    ],
    [
      'an iPhone (no UA-CH, touch, narrow)',
      { shortSide: 390, coarsePointer: true, mobileHint: undefined },
      'phone',
    ],
    [
      'an iPad (touch, wide)',
      { shortSide: 820, coarsePointer: true, mobileHint: undefined },
      'tablet',
    ],
    [
      'an Android tablet (UA-CH not mobile)',
      { shortSide: 800, coarsePointer: true, mobileHint: false },
      'tablet',
    ],
    ['a laptop', { shortSide: 900, coarsePointer: false, mobileHint: false }, 'desktop'],
    [
      'a small desktop screen with a mouse',
      { shortSide: 500, coarsePointer: false, mobileHint: undefined },
      'desktop',
    ],
  ] as const)('%s → %s', (_name, hints, expected) => {
    expect(deviceClass(hints)).toBe(expected);
  });
});

describe('connectionType', () => {
  it('passes the known effective types through', () => {
    expect(connectionType('4g')).toBe('4g');
    expect(connectionType('slow-2g')).toBe('slow-2g');
  });

  it('is unknown without the Network Information API or for a value it does not know', () => {
    expect(connectionType(undefined)).toBe('unknown');
    expect(connectionType('5g')).toBe('unknown');
  });
});
