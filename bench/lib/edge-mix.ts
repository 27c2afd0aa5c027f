import type { Visitor, VisitorKind } from './edge-visitors';

/**
 * A steady mix of visitors at the pages under experiment, through the cache tier, for a
 * window: every (page, visitor) pair in turn, `concurrency` requests at a time. What the origin
 * saw meanwhile is counted from the tier's log (tier-log.ts), not here; here only what the
 * visitors got, by X-Cache.
 */
export interface MixPage {
  label: string;
  path: string;
  visitors: Visitor[];
}

export type MixAnswers = Map<string, Map<string, number>>;

const key = (page: string, kind: VisitorKind) => `${page}, ${kind}`;
const bump = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

/** Answers by "page, visitor kind", then by status and X-Cache. */
export async function driveMix(
  tierUrl: string,
  pages: MixPage[],
  options: { seconds: number; concurrency: number },
): Promise<MixAnswers> {
  const pairs = pages.flatMap((page) =>
    page.visitors.map((visitor) => ({ page, visitor, key: key(page.label, visitor.kind) })),
  );
  const answers: MixAnswers = new Map();
  const deadline = performance.now() + options.seconds * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const { page, visitor, key: name } = pairs[next++ % pairs.length]!;
      let outcome: string;
      try {
        const response = await fetch(`${tierUrl}${page.path}`, {
          headers: visitor.headers,
          redirect: 'manual',
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        outcome = `${response.status} ${response.headers.get('x-cache') ?? '?'}`;
      } catch {
        outcome = 'failed';
      }
      if (!answers.has(name)) answers.set(name, new Map());
      bump(answers.get(name)!, outcome);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return answers;
}
