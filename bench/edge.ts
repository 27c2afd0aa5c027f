/**
 * `npm run bench:edge`: what the cache tier in front of `npm run cluster` (Varnish,
 * deploy/varnish/default.vcl) delivers, and what pages under experiment cost it, in one run of
 * two clusters: experiments on (FLAGS_SECRET set), then off (FLAGS_SECRET empty). With each:
 *  1. throughput and p99 through the tier (autocannon, interleaved rounds) of a static file
 *     (the baseline), the top product page for a returning phone visitor (fixed `vid`), the same
 *     page for first visits (no cookie: each request is a new visitor), and a category page for
 *     first visits; with the origin requests per answer from the tier's counters (varnishstat);
 *  2. origin requests per page and variant: returning visitors in every variant, first visits
 *     and a crawler at the product page and the home page for WINDOW_S, with the tier's
 *     freshness capped at EDGE_MAX_TTL (10 s) so that several periods pass; counted from the
 *     tier's backend log (varnishncsa -b) and scaled to one period.
 * Ports: tier 3400, instances 3401–3403, balancer 3404, services 4410, Redis 6397; the build of
 * bench:cluster (.next-bench-cluster, REUSE_BUILD). Usage: tsx bench/edge.ts (BENCH_DURATION_S,
 * default 10 s per target and round; BENCH_EDGE_WINDOW_S, default 60 s).
 */
import { availableParallelism, loadavg } from 'node:os';
import { CLUSTER_SECRETS } from './lib/cluster-secrets';
import { startTopology, stopAllAndExit, type Topology } from './lib/cluster-topology';
import { measureEdge, type EdgeRun } from './lib/edge-run';
import { DURATION_S } from './lib/load';
import { answersLine, originTable, ratioToStatic, throughputTable } from './lib/edge-report';

const SIZE = 3;
const PORTS = { tier: 3400, services: 4410, redis: 6397 };
const EDGE_MAX_TTL = 10;
const WINDOW_S = Number(process.env.BENCH_EDGE_WINDOW_S ?? 60);
const MODES = [
  { name: 'experiments on', env: {} },
  { name: 'experiments off', env: { FLAGS_SECRET: '' } },
];

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const started = new Set<Topology>();
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void stopAllAndExit(130, started));

async function runMode(mode: (typeof MODES)[number]): Promise<EdgeRun> {
  const logFile = `.data/bench-edge-${mode.name.replace(/\W+/g, '-')}.log`;
  console.log(`${mode.name}: starting a cluster of ${SIZE} (log ${logFile})…`);
  const topology = await startTopology({
    size: SIZE,
    ports: PORTS,
    dataDir: '.data/bench-edge',
    distDir: '.next-bench-cluster',
    logFile,
    env: { ...process.env, ...CLUSTER_SECRETS, EDGE_MAX_TTL: String(EDGE_MAX_TTL), ...mode.env },
    timeoutMs: 15 * 60_000,
  });
  started.add(topology);
  try {
    const say = (line: string) => console.log(`  [${mode.name}] ${line}`);
    say(
      `up (build ${topology.buildId}${topology.reusedBuild ? ', reused' : ', built'}), load ${load()}`,
    );
    return await measureEdge(topology, { windowS: WINDOW_S, say });
  } finally {
    await topology.stop();
    started.delete(topology);
  }
}

console.log(
  `bench:edge ${new Date().toISOString()}, ${availableParallelism()} cores, load average ${load()}; ` +
    `${DURATION_S} s per throughput target and round, EDGE_MAX_TTL ${EDGE_MAX_TTL} s, mix window ${WINDOW_S} s`,
);
const runs = new Map<string, EdgeRun>();
try {
  for (const mode of MODES) runs.set(mode.name, await runMode(mode));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAllAndExit(1, started);
}

for (const [name, run] of runs) {
  console.log(`\n### ${name} (load average ${run.loadBefore} → ${run.loadAfter})\n`);
  console.log(throughputTable(run.throughput));
  console.log(`\nFirst visits answered: ${run.firstVisitSetsCookie}\n`);
  console.log(originTable(run.origin, { seconds: WINDOW_S, ttl: EDGE_MAX_TTL }));
  console.log(`\nMix answers: ${answersLine(run.answers)}`);
}
const on = runs.get(MODES[0]!.name)?.throughput;
const off = runs.get(MODES[1]!.name)?.throughput;
if (on && off) {
  console.log('\nExperiments on vs off, each as a ratio to its own static baseline:');
  for (let index = 1; index < on.length; index++) {
    const withExperiments = ratioToStatic(on[index]!, on[0]!);
    const without = ratioToStatic(off[index]!, off[0]!);
    console.log(
      `  ${on[index]!.target.label}: ${withExperiments.toFixed(2)}× on, ${without.toFixed(2)}× off ` +
        `(on / off ${(withExperiments / without).toFixed(2)}×)`,
    );
  }
}
const ids = new Set([...runs.values()].map((run) => run.buildId));
if (ids.size > 1) console.log('NOTE: the two clusters ran different builds (sources changed).');
