import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template';

describe('fillTemplate', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('Only {count} left in {size}', { count: 3, size: 'M' })).toBe(
      'Only 3 left in M',
    );
    expect(fillTemplate('残り{count}点', { count: 2 })).toBe('残り2点');
    expect(fillTemplate('{missing}', {})).toBe('{missing}');
  });
});
