import { describe, expect, it } from 'vitest';
import { moveActive } from './active-option';

describe('moveActive', () => {
  it('wraps around in both directions', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(1, 3, 'ArrowUp')).toBe(0);
  });

  it('has nothing to move to in an empty list', () => {
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
