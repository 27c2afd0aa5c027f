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
