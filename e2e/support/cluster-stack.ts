import { findProgram } from '../../scripts/lib/processes';
import { stack } from './stack';

/**
 * The cluster the cluster e2e project starts (playwright.cluster.config.ts): `npm run cluster`
 * on its own ports, serving the main e2e build, with its own services and Redis. Same secrets
 * as the single-instance stack.
 */
const BALANCER_PORT = 3130;
const SIZE = 3;

export const clusterStack = {
  ...stack,
  balancerPort: BALANCER_PORT,
  balancerUrl: `http://127.0.0.1:${BALANCER_PORT}`,
  instanceUrls: Array.from(
    { length: SIZE },
    (_, index) => `http://127.0.0.1:${BALANCER_PORT + index + 1}`,
  ),
  servicesPort: 4130,
  servicesUrl: 'http://127.0.0.1:4130',
  redisPort: 6391,
  redisUrl: 'redis://127.0.0.1:6391',
  size: SIZE,
} as const;

/** Debian's programs the cluster runs; without them the cluster project skips, saying which. */
const missing = ['redis-server', 'haproxy'].filter((program) => !findProgram(program));
export const clusterUnavailable =
  missing.length > 0
    ? `no ${missing.join(' or ')}: apt-get install -y redis-server haproxy (.ci/run does)`
    : undefined;
