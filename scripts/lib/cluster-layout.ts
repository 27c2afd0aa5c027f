/**
 * Where each part of `npm run cluster` listens, and what each instance is told: pure, so the
 * layout is unit-tested (cluster-layout.test.ts) rather than discovered at run time.
 */

const MAX_INSTANCES = 16;

export interface ClusterLayout {
  /** The cache tier's port: PORT, the address `npm start` uses; what shoppers reach. */
  tierPort: number;
  /** The balancer behind the tier: PORT + N + 1, above the instances. */
  balancerPort: number;
  /** Instance i (1-based) listens on instancePorts[i - 1] = PORT + i. */
  instancePorts: number[];
  /** REDIS_URL, or the Redis the cluster starts on 127.0.0.1:redisPort. */
  redisUrl: string;
  /** CLUSTER_REDIS_PORT (default 6379): where the cluster's own Redis listens. */
  redisPort: number;
  /** Whether the cluster starts (and stops) that Redis itself. */
  startsRedis: boolean;
}

type Env = Record<string, string | undefined>;

/** CLUSTER_SIZE (default 3), or an error that says what is allowed. */
export function clusterSize(env: Env): number {
  const raw = env.CLUSTER_SIZE || '3';
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > MAX_INSTANCES)
    throw new Error(`CLUSTER_SIZE must be a whole number from 1 to ${MAX_INSTANCES}, not "${raw}"`);
  return size;
}

export function clusterLayout(port: string, env: Env): ClusterLayout {
  const tierPort = Number(port);
  const size = clusterSize(env);
  if (!Number.isInteger(tierPort) || tierPort < 1 || tierPort + size + 1 > 65_535)
    throw new Error(
      `PORT ${port} leaves no room for ${size} instance ports and a balancer above it`,
    );
  const instancePorts = Array.from({ length: size }, (_, index) => tierPort + index + 1);
  const balancerPort = tierPort + size + 1;
  const redisPort = Number(env.CLUSTER_REDIS_PORT || '6379');
  if (!Number.isInteger(redisPort) || redisPort < 1 || redisPort > 65_535)
    throw new Error(`CLUSTER_REDIS_PORT must be a port number, not "${env.CLUSTER_REDIS_PORT}"`);
  const redisUrl = env.REDIS_URL || `redis://127.0.0.1:${redisPort}`;
  return {
    tierPort,
    balancerPort,
    instancePorts,
    redisUrl,
    redisPort,
    startsRedis: !env.REDIS_URL,
  };
}

/**
 * The environment of instance `id` (1-based): the cluster's (with REDIS_URL, the same for the
 * build and every instance), in production, plus which instance it is.
 */
export function instanceEnv(cluster: NodeJS.ProcessEnv, id: number): NodeJS.ProcessEnv {
  return { ...cluster, NODE_ENV: 'production', INSTANCE_ID: String(id) };
}

/** The ports the cluster itself listens on, tier first. */
export function clusterPorts(layout: ClusterLayout): number[] {
  return [layout.tierPort, ...layout.instancePorts, layout.balancerPort];
}

/** Instance ports that collide with the tier, the services or the cluster's Redis. */
export function portClashes(layout: ClusterLayout, servicesPort: number | undefined): string[] {
  const taken = new Map<number, string>([[layout.tierPort, 'the cache tier (PORT)']]);
  if (servicesPort !== undefined) taken.set(servicesPort, 'the services (SERVICES_PORT)');
  if (layout.startsRedis) taken.set(layout.redisPort, 'Redis (CLUSTER_REDIS_PORT)');
  const clashes: string[] = [];
  const listeners: [string, number][] = [
    ...layout.instancePorts.map((port, index): [string, number] => [`instance ${index + 1}`, port]),
    ['the balancer', layout.balancerPort],
  ];
  for (const [who, port] of listeners) {
    const other = taken.get(port);
    if (other) clashes.push(`${who} would listen on ${port}, the port of ${other}`);
  }
  if (servicesPort !== undefined && servicesPort === layout.tierPort)
    clashes.push(`SERVICES_PORT and PORT are both ${servicesPort}`);
  return clashes;
}
