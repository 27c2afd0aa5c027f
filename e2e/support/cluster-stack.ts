import { findProgram } from '../../scripts/lib/processes';
import { stack } from './stack';

/**
 * The cluster the cluster e2e project starts (playwright.cluster.config.ts): `npm run cluster`
 * on its own ports, serving the main e2e build, with its own services and Redis. Same secrets
 * as the single-instance stack.
 */
const TIER_PORT = 3130;
const SIZE = 3;
const BALANCER_PORT = TIER_PORT + SIZE + 1;

export const clusterStack = {
  ...stack,
  /** The cache tier (Varnish): what shoppers reach, PORT of `npm run cluster`. */
  tierPort: TIER_PORT,
  tierUrl: `http://127.0.0.1:${TIER_PORT}`,
  /** haproxy behind the tier: the instances as one, without the tier's cache. */
  balancerUrl: `http://127.0.0.1:${BALANCER_PORT}`,
  instanceUrls: Array.from(
    { length: SIZE },
    (_, index) => `http://127.0.0.1:${TIER_PORT + index + 1}`,
  ),
  servicesPort: 4130,
  servicesUrl: 'http://127.0.0.1:4130',
  redisPort: 6391,
  redisUrl: 'redis://127.0.0.1:6391',
  size: SIZE,
} as const;

/** Debian's programs the cluster runs; without them the cluster project skips, saying which. */
const missing = ['redis-server', 'haproxy', 'varnishd'].filter((program) => !findProgram(program));
export const clusterUnavailable =
  missing.length > 0
    ? `no ${missing.join(' or ')}: apt-get install -y redis-server haproxy varnish (.ci/run does)`
    : undefined;
