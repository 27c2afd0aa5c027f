import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderHaproxyConfig, type BalancerOptions } from './haproxy-config';
import { findProgram, run, waitForHttp } from './processes';
import { supervise, type Supervised } from './supervisor';

/**
 * haproxy in front of the cluster's instances (Debian's package), in the foreground (-db) as a
 * supervised child, configured from `options` into `configFile`. Ready once a
 * request through it reaches a healthy instance.
 */
export function superviseBalancer(
  configFile: string,
  options: BalancerOptions,
  giveUp: (reason: string) => void,
): Supervised {
  const program = findProgram('haproxy');
  if (!program) throw new Error('haproxy not found: apt-get install -y haproxy (as root)');
  mkdirSync(dirname(configFile), { recursive: true });
  const url = `http://${options.host ?? '127.0.0.1'}:${options.port}${options.healthPath}`;
  return supervise({
    name: 'Balancer (haproxy)',
    // Written again before each start: a restart reads this cluster's configuration even when
    // another cluster (other ports, e2e) has written the file since.
    spawn: () => {
      writeFileSync(configFile, renderHaproxyConfig(options));
      return run(program, ['-db', '-f', configFile], process.env);
    },
    ready: (child) => waitForHttp(url, 30_000, child),
    giveUp,
  });
}
