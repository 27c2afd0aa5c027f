import { describe, expect, it } from 'vitest';
import { createTopTargets } from './top-targets';

describe('createTopTargets', () => {
  it('keeps a frequent target through a stream of one-off ones, in fixed memory', () => {
    const top = createTopTargets(4);
    for (let i = 0; i < 1000; i++) {
      top.add('/[locale]/p/[slug]', 'main img.hero', 2000, false);
      top.add('/[locale]/p/[slug]', `div#junk-${i}`, 10, false);
    }
    const entries = [...top.entries()];
    expect(entries).toHaveLength(4);
    const hero = entries.find((entry) => entry.target === 'main img.hero');
    expect(hero).toMatchObject({ count: 1000, sum: 2_000_000, poor: 0 });
  });

  it('counts the same selector on two routes apart', () => {
    const top = createTopTargets();
    top.add('/a', 'img', 1, true);
    top.add('/b', 'img', 1, false);
    expect([...top.entries()].map((entry) => [entry.route, entry.poor])).toEqual([
      ['/a', 1],
      ['/b', 0],
    ]);
  });
});
