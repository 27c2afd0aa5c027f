/**
 * When each cache tag was last invalidated, as Next's own tags manifest records it, but fed by
 * every instance: the webhook that reaches one instance is published to all (lib/cache/
 * shared-cache.ts), and each instance judges its entries against this ledger, so a copy kept in
 * one process's memory is dropped the moment another process expires its tag.
 */
export interface TagMark {
  /** Entries modified before this are stale: served once while they regenerate. */
  stale?: number;
  /** From this time on, entries modified before it are gone: the next request renders. */
  expired?: number;
}

export type Verdict = 'fresh' | 'stale' | 'expired';

/** The mark revalidateTag(tags, durations) leaves, by Next's rules (file-system-cache.js). */
export function markFor(now: number, durations?: { expire?: number }): TagMark {
  if (!durations) return { expired: now };
  return durations.expire === undefined
    ? { stale: now }
    : { stale: now, expired: now + durations.expire * 1000 };
}

export function createTagLedger() {
  const marks = new Map<string, TagMark>();

  return {
    /** Merges marks from anywhere; the later time wins, so replays and reorderings are harmless. */
    apply(tag: string, mark: TagMark): void {
      const known = marks.get(tag) ?? {};
      marks.set(tag, {
        stale: latest(known.stale, mark.stale),
        expired: latest(known.expired, mark.expired),
      });
    },
    judge(tags: Iterable<string>, lastModified: number, now: number): Verdict {
      let verdict: Verdict = 'fresh';
      for (const tag of tags) {
        const mark = marks.get(tag);
        if (!mark) continue;
        if (mark.expired !== undefined && mark.expired <= now && mark.expired > lastModified)
          return 'expired';
        if (mark.stale !== undefined && mark.stale > lastModified) verdict = 'stale';
      }
      return verdict;
    },
  };
}

export type TagLedger = ReturnType<typeof createTagLedger>;

function latest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}
