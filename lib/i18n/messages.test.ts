import { describe, expect, it } from 'vitest';
import { locales } from './markets';
import { loadMessages } from './messages';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('messages', () => {
  it.each(locales)('%s has exactly the keys of en-US, none empty', async (locale) => {
    const reference = await loadMessages('en-US');
    const messages = await loadMessages(locale);
    expect(keysOf(messages).sort()).toEqual(keysOf(reference).sort());
    for (const key of keysOf(messages)) {
      const value = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
      expect(value, key).toMatch(/\S/);
    }
  });
});
