/**
 * Where each part of `npm run cluster` listens, and what each instance is told: pure, so the
 * layout is unit-tested (cluster-layout.test.ts) rather than discovered at run time.
 */

const MAX_INSTANCES = 16;

export interface ClusterLayout {
  /** The balancer's port: PORT, the address `npm start` uses. */
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
  const balancerPort = Number(port);
  const size = clusterSize(env);
  if (!Number.isInteger(balancerPort) || balancerPort < 1 || balancerPort + size > 65_535)
    throw new Error(`PORT ${port} leaves no room for ${size} instance ports above it`);
  const instancePorts = Array.from({ length: size }, (_, index) => balancerPort + index + 1);
  const redisPort = Number(env.CLUSTER_REDIS_PORT || '6379');
  if (!Number.isInteger(redisPort) || redisPort < 1 || redisPort > 65_535)
    throw new Error(`CLUSTER_REDIS_PORT must be a port number, not "${env.CLUSTER_REDIS_PORT}"`);
  const redisUrl = env.REDIS_URL || `redis://127.0.0.1:${redisPort}`;
  return { balancerPort, instancePorts, redisUrl, redisPort, startsRedis: !env.REDIS_URL };
}

/**
 * The environment of instance `id` (1-based): the cluster's (with REDIS_URL, the same for the
 * build and every instance), in production, plus which instance it is.
 */
export function instanceEnv(cluster: NodeJS.ProcessEnv, id: number): NodeJS.ProcessEnv {
  return { ...cluster, NODE_ENV: 'production', INSTANCE_ID: String(id) };
}

/** Instance ports that collide with the balancer, the services or the cluster's Redis. */
export function portClashes(layout: ClusterLayout, servicesPort: number | undefined): string[] {
  const taken = new Map<number, string>([[layout.balancerPort, 'the balancer (PORT)']]);
  if (servicesPort !== undefined) taken.set(servicesPort, 'the services (SERVICES_PORT)');
  if (layout.startsRedis) taken.set(layout.redisPort, 'Redis (CLUSTER_REDIS_PORT)');
  const clashes: string[] = [];
  layout.instancePorts.forEach((port, index) => {
    const other = taken.get(port);
    if (other) clashes.push(`instance ${index + 1} would listen on ${port}, the port of ${other}`);
  });
  if (servicesPort !== undefined && servicesPort === layout.balancerPort)
    clashes.push(`SERVICES_PORT and PORT are both ${servicesPort}`);
  return clashes;
}
