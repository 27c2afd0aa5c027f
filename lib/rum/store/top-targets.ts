export interface TargetStats {
  route: string;
  target: string;
  /** Ranking count: exact, or an over-estimate for an entry that took an evicted one's place. */
  rank: number;
  /** Records seen since the entry was added, with their value sum and poor ones. */
  count: number;
  sum: number;
  poor: number;
}

/**
 * The most frequent attribution targets (LCP element, INP target) of one minute, in fixed
 * memory: the space-saving algorithm keeps `capacity` entries and a new target replaces the
 * least frequent one, inheriting its count as its rank. Anything that really is frequent
 * stays, however many one-off selectors a page (or a hostile client) produces.
 */
export function createTopTargets(capacity = 32) {
  const entries = new Map<string, TargetStats>();

  function evictLeast(): number {
    let least: [string, TargetStats] | undefined;
    for (const entry of entries) if (!least || entry[1].rank < least[1].rank) least = entry;
    if (!least) return 0;
    entries.delete(least[0]);
    return least[1].rank;
  }

  return {
    add(route: string, target: string, value: number, poor: boolean): void {
      const key = `${route}\u0000${target}`;
      let entry = entries.get(key);
      if (!entry) {
        const inherited = entries.size >= capacity ? evictLeast() : 0;
        entry = { route, target, rank: inherited, count: 0, sum: 0, poor: 0 };
        entries.set(key, entry);
      }
      entry.rank += 1;
      entry.count += 1;
      entry.sum += value;
      if (poor) entry.poor += 1;
    },
    entries: (): Iterable<TargetStats> => entries.values(),
  };
}

export type TopTargets = ReturnType<typeof createTopTargets>;
