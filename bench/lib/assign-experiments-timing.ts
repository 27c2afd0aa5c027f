/**
 * The experiment routing timed on its own, outside Next: `routeExperiments` (what the
 * production server's fast path runs), the proxy step around it (`assignExperiments`, with its
 * NextRequest), and their parts: a flag's decide(), the signed serialization, the rewrite
 * response. What it costs next to the whole request that `npm run bench:experiments` measures
 * on the server. Prints µs per call. A hot loop on an otherwise idle process: a lower bound of
 * what the same calls cost inside a server (colder caches, GC shared with page serving).
 * Usage: tsx bench/lib/assign-experiments-timing.ts (FLAGS_SECRET from the environment, or a
 * throwaway one).
 */
import { randomBytes } from 'node:crypto';
import { serialize } from 'flags/next';
import { NextRequest, NextResponse } from 'next/server';
import { assignExperiments } from '../../lib/edge/experiments';
import { decideFlag, pageFlags } from '../../lib/experiments/flags';
import { routeExperiments } from '../../lib/experiments/routing';

process.env.FLAGS_SECRET ??= randomBytes(32).toString('base64url');
const secret = process.env.FLAGS_SECRET;

const URL_ = 'http://localhost:3600/en-US/p/modern-leather-hat-p001095';
const DESKTOP =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';
const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const VID = '0b7c3a52-1d2e-4f60-9a8b-7c6d5e4f3a21';
// Phone visitors whose ids land in different variants, so the SDK's one-entry sign memo misses.
const PHONE_VIDS = Array.from({ length: 64 }, () => crypto.randomUUID());

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20_000);

async function time(
  label: string,
  body: (i: number) => unknown,
): Promise<[string, { 'µs/call': number }]> {
  for (let i = 0; i < 2_000; i += 1) await body(i); // warm-up: JIT, memo
  const startedAt = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i += 1) await body(i);
  const us = Number(process.hrtime.bigint() - startedAt) / 1e3 / ITERATIONS;
  return [label, { 'µs/call': Math.round(us * 10) / 10 }];
}

const request = (userAgent: string, vid?: string) =>
  new NextRequest(URL_, {
    headers: { 'user-agent': userAgent, ...(vid ? { cookie: `vid=${vid}` } : {}) },
  });
const flags = pageFlags('product');

const rows = [
  await time('new NextRequest (headers: UA + cookie)', () => request(DESKTOP, VID)),
  await time('assignExperiments, desktop returning visitor (incl. NextRequest)', () =>
    assignExperiments(request(DESKTOP, VID)),
  ),
  await time('assignExperiments, desktop first visit (incl. NextRequest)', () =>
    assignExperiments(request(DESKTOP)),
  ),
  await time('assignExperiments, phones with varied ids (incl. NextRequest)', (i) =>
    assignExperiments(request(PHONE, PHONE_VIDS[i % PHONE_VIDS.length])),
  ),
  await time('routeExperiments, desktop returning visitor', () =>
    routeExperiments(
      {
        pathname: '/en-US/p/modern-leather-hat-p001095',
        searchParams: new URLSearchParams(),
        cookie: () => VID,
        headers: new Headers({ 'user-agent': DESKTOP }),
      },
      secret,
    ),
  ),
  await time("  decideFlag (the flag's decide())", () =>
    decideFlag(flags[0]!, { id: VID, locale: 'en-US', device: 'phone', bot: false }),
  ),
  await time('  serialize, same values every call (sign memo hit)', () =>
    serialize(flags, ['off'], secret),
  ),
  await time('  serialize, values alternating (HMAC sign every call)', (i) =>
    serialize(flags, [i % 2 ? 'inline' : 'sticky'], secret),
  ),
  await time('  NextResponse.rewrite(nextUrl.clone())', () =>
    NextResponse.rewrite(request(DESKTOP, VID).nextUrl.clone()),
  ),
];
console.log(
  `${ITERATIONS} calls each after 2,000 untimed, one after the other, Node ${process.version}`,
);
console.table(Object.fromEntries(rows));
