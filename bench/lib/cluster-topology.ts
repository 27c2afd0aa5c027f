import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One topology of `npm run cluster` (scripts/cluster.ts) started and stopped by a bench: its own
 * process group (so everything it starts, the cache tier, instances, haproxy, Redis and services,
 * is stopped with it), its own ports, data folder, Redis and build folder, loopback only. Its output goes to a log
 * file, since the build's and the instances' lines would drown the bench's.
 */

const HOST = '127.0.0.1';

interface ClusterPorts {
  /**
   * The cluster's PORT: the cache tier (Varnish); instance i listens on tier + i, haproxy on
   * tier + size + 1 (scripts/lib/cluster-layout.ts).
   */
  tier: number;
  services: number;
  redis: number;
}

export interface Topology {
  size: number;
  /** What shoppers reach: the cache tier in front of the balancer. */
  tierUrl: string;
  /** The tier's Varnish working folder, for varnishstat and varnishncsa `-n`. */
  tierWorkDir: string;
  /** haproxy, behind the tier: what the instances are reached through without the cache. */
  balancerUrl: string;
  /** Instance i (1-based) at instanceUrls[i - 1], asked directly. */
  instanceUrls: string[];
  servicesUrl: string;
  buildId: string;
  /** Whether REUSE_BUILD served the last build instead of building. */
  reusedBuild: boolean;
  logFile: string;
  /** Stops the whole process group and waits until its ports are free. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

/** Whether any process of the group led by `pid` is still alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function waitUntil(done: () => boolean | Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await done()) return true;
    await sleep(200);
  }
  return done();
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function logTail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Processes groups still running, stopped on exit and on Ctrl-C whatever the bench was doing. */
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) signalGroup(pid, 'SIGKILL');
});

async function stopGroup(child: ChildProcess, ports: number[]): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  // The runner first: it stops its supervised children (so none is restarted), then the
  // whole group, then whatever is left, by force.
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  if (!(await waitUntil(() => !groupAlive(pid), 20_000))) {
    signalGroup(pid, 'SIGTERM');
    if (!(await waitUntil(() => !groupAlive(pid), 5_000))) signalGroup(pid, 'SIGKILL');
    await waitUntil(() => !groupAlive(pid), 5_000);
  }
  running.delete(pid);
  const free = await waitUntil(
    async () => (await Promise.all(ports.map(portFree))).every(Boolean),
    15_000,
  );
  if (!free) throw new Error(`ports ${ports.join(', ')} still taken after stopping the cluster`);
}

/** Stops every topology still running (Ctrl-C, an error) and exits with `code`. */
export async function stopAllAndExit(code: number, topologies: Iterable<Topology>) {
  await Promise.allSettled([...topologies].map((topology) => topology.stop()));
  process.exit(code);
}

/**
 * Starts `npm run cluster` with `size` instances (building into `distDir` unless REUSE_BUILD
 * finds its last build unchanged), from fresh service data, and waits until the tier and the
 * balancer serve the home page and the services answer.
 */
export async function startTopology(options: {
  size: number;
  ports: ClusterPorts;
  dataDir: string;
  distDir: string;
  logFile: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}): Promise<Topology> {
  const { size, ports, dataDir, distDir, logFile } = options;
  const instancePorts = Array.from({ length: size }, (_, index) => ports.tier + index + 1);
  const balancerPort = ports.tier + size + 1;
  const allPorts = [ports.tier, ...instancePorts, balancerPort, ports.services, ports.redis];
  const taken = (await Promise.all(allPorts.map(portFree)))
    .map((free, index) => (free ? undefined : allPorts[index]))
    .filter((port) => port !== undefined);
  if (taken.length > 0)
    throw new Error(
      `port ${taken.join(', ')} on ${HOST} already in use: is another bench running?`,
    );

  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    PORT: String(ports.tier),
    CLUSTER_SIZE: String(size),
    CLUSTER_REDIS_PORT: String(ports.redis),
    SERVICES_PORT: String(ports.services),
    SERVICES_DATA_DIR: dataDir,
    NEXT_DIST_DIR: distDir,
    REUSE_BUILD: '1',
    SERVICES_TEST_CONTROLS: '1',
    SERVICES_LOG: 'silent',
  };
  // The cluster starts its own Redis and services.
  delete env.REDIS_URL;
  delete env.SERVICES_URL;

  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cluster.ts'], {
    env,
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  if (child.pid === undefined) throw new Error('could not start scripts/cluster.ts');
  running.add(child.pid);

  const tierUrl = `http://${HOST}:${ports.tier}`;
  const balancerUrl = `http://${HOST}:${balancerPort}`;
  const servicesUrl = `http://${HOST}:${ports.services}`;
  const topology: Topology = {
    size,
    tierUrl,
    // As scripts/lib/cache-tier.ts names it.
    tierWorkDir: join(tmpdir(), `storefront-varnish-${ports.tier}`, 'work'),
    balancerUrl,
    instanceUrls: instancePorts.map((port) => `http://${HOST}:${port}`),
    servicesUrl,
    buildId: '',
    reusedBuild: false,
    logFile,
    stop: () => stopGroup(child, allPorts),
  };

  const up = await waitUntil(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return true;
    return (
      (await answers(`${tierUrl}/en-US`)) &&
      (await answers(`${balancerUrl}/en-US`)) &&
      (await answers(`${servicesUrl}/__ops/health`))
    );
  }, options.timeoutMs);
  if (!up || child.exitCode !== null || child.signalCode !== null) {
    await topology.stop().catch(() => undefined);
    throw new Error(
      `the cluster of ${size} did not come up (${up ? `exited with ${child.exitCode ?? child.signalCode}` : 'timed out'}); end of ${logFile}:\n${logTail(logFile)}`,
    );
  }
  const buildIdFile = `${distDir}/BUILD_ID`;
  topology.buildId = existsSync(buildIdFile) ? readFileSync(buildIdFile, 'utf8').trim() : '?';
  topology.reusedBuild = readFileSync(logFile, 'utf8').includes('REUSE_BUILD: sources unchanged');
  return topology;
}
