import { describe, expect, it } from 'vitest';
import {
  clusterLayout,
  clusterPorts,
  clusterSize,
  instanceEnv,
  portClashes,
} from './cluster-layout';

describe('clusterLayout', () => {
  it('puts the cache tier on PORT, instance i on PORT + i and the balancer above them, with a Redis of its own by default', () => {
    expect(clusterLayout('3000', {})).toEqual({
      tierPort: 3000,
      balancerPort: 3004,
      instancePorts: [3001, 3002, 3003],
      redisUrl: 'redis://127.0.0.1:6379',
      redisPort: 6379,
      startsRedis: true,
    });
    expect(clusterLayout('3130', { CLUSTER_REDIS_PORT: '6391' })).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6391',
      redisPort: 6391,
    });
    expect(clusterLayout('3200', { CLUSTER_SIZE: '5' }).instancePorts).toEqual([
      3201, 3202, 3203, 3204, 3205,
    ]);
    expect(clusterPorts(clusterLayout('3130', {}))).toEqual([3130, 3131, 3132, 3133, 3134]);
  });

  it('uses REDIS_URL when set, and starts no Redis then', () => {
    const layout = clusterLayout('3000', { REDIS_URL: 'redis://cache.internal:6380/2' });
    expect(layout).toMatchObject({ redisUrl: 'redis://cache.internal:6380/2', startsRedis: false });
    // Empty, as a .env copied from .env.example leaves it: unset.
    expect(clusterLayout('3000', { REDIS_URL: '' }).startsRedis).toBe(true);
  });

  it('refuses a size or a port it cannot lay out', () => {
    for (const size of ['0', '-1', '2.5', 'three', '17'])
      expect(() => clusterSize({ CLUSTER_SIZE: size })).toThrow('CLUSTER_SIZE must be');
    expect(clusterSize({ CLUSTER_SIZE: '' })).toBe(3);
    expect(() => clusterLayout('65534', {})).toThrow('no room');
    expect(() => clusterLayout('web', {})).toThrow('no room');
    expect(() => clusterLayout('3000', { CLUSTER_REDIS_PORT: 'redis' })).toThrow(
      'CLUSTER_REDIS_PORT must be',
    );
  });
});

describe('portClashes', () => {
  it('names an instance port that is the services port or the Redis port', () => {
    expect(portClashes(clusterLayout('3000', {}), 4010)).toEqual([]);
    expect(portClashes(clusterLayout('4008', {}), 4010)).toEqual([
      'instance 2 would listen on 4010, the port of the services (SERVICES_PORT)',
    ]);
    expect(portClashes(clusterLayout('6378', {}), undefined)).toEqual([
      'instance 1 would listen on 6379, the port of Redis (CLUSTER_REDIS_PORT)',
    ]);
    expect(
      portClashes(clusterLayout('6378', { REDIS_URL: 'redis://elsewhere' }), undefined),
    ).toEqual([]);
    expect(portClashes(clusterLayout('4006', {}), 4010)).toEqual([
      'the balancer would listen on 4010, the port of the services (SERVICES_PORT)',
    ]);
    expect(portClashes(clusterLayout('4010', {}), 4010)).toEqual([
      'SERVICES_PORT and PORT are both 4010',
    ]);
  });
});

describe('instanceEnv', () => {
  it("tells each instance who it is, in production, keeping the cluster's environment", () => {
    const cluster = {
      NODE_ENV: 'development',
      REDIS_URL: 'redis://127.0.0.1:6379',
      A: '1',
    } as const;
    expect(instanceEnv(cluster, 2)).toEqual({
      NODE_ENV: 'production',
      REDIS_URL: 'redis://127.0.0.1:6379',
      A: '1',
      INSTANCE_ID: '2',
    });
  });
});
