import type { OriginRequest } from './tier-log';

/**
 * The origin requests one page under experiment cost during a window, from the tier's log: the
 * page's own fetches by variant path (each variant is one cached object, refreshed once per
 * freshness period when visited), and the variant questions (GET /api/edge/variant) about it,
 * by who asked.
 */
export interface PageOriginCount {
  /** Fetches by what was fetched: `(plain)` or `variants/<code>` shortened. */
  fetches: Map<string, number>;
  questions: { returning: number; firstVisit: number; crawler: number };
}

const CRAWLER = /bot|crawler|spider/i;

/**
 * `/en-US/p/x/variants/<code>` → `variants/…<values>…`: a code is a signed token whose header
 * and signature say nothing about the variant, its middle part is the serialized values.
 */
function variantName(page: string, path: string): string {
  if (path === page) return '(plain)';
  const code = path.slice(`${page}/variants/`.length);
  return `variants/…${code.split('.')[1] ?? code}…`;
}

export function countForPage(page: string, requests: OriginRequest[]): PageOriginCount {
  const fetches = new Map<string, number>();
  const questions = { returning: 0, firstVisit: 0, crawler: 0 };
  for (const request of requests) {
    if (request.path === page || request.path.startsWith(`${page}/variants/`)) {
      const name = variantName(page, request.path);
      fetches.set(name, (fetches.get(name) ?? 0) + 1);
    } else if (request.path === '/api/edge/variant' && request.edgePath === page) {
      if (CRAWLER.test(request.userAgent)) questions.crawler++;
      else if (request.withCookie) questions.returning++;
      else questions.firstVisit++;
    }
  }
  return { fetches, questions };
}
