import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderTierBackends, type TierOrigin } from './cache-tier-config';
import { findProgram, run, waitForHttp } from './processes';
import { supervise, type Supervised } from './supervisor';

/** The tier's configuration, the same in every deployment (deploy/varnish/default.vcl). */
export const TIER_VCL = resolve('deploy/varnish/default.vcl');

export interface TierOptions {
  port: number;
  origin: TierOrigin;
  /** What a PURGE must carry (EDGE_PURGE_TOKEN): the storefront's webhook sends it. */
  purgeToken: string;
  /** Memory for cached responses, in MB. */
  memoryMb?: number;
}

/**
 * Varnish (Debian's package) in front of the cluster's balancer, in the foreground as a
 * supervised child. Its files are under the system's temporary folder, one folder per port (two
 * clusters on other ports must not share Varnish's shared memory): the configuration is copied
 * there, readable by all, because Varnish compiles it as an unprivileged user who may not be
 * able to enter the project's folder.
 */
export function superviseCacheTier(
  options: TierOptions,
  giveUp: (reason: string) => void,
): Supervised {
  const program = findProgram('varnishd');
  if (!program) throw new Error('varnishd not found: apt-get install -y varnish (as root)');
  const { port, origin, purgeToken, memoryMb = 256 } = options;
  const home = join(tmpdir(), `storefront-varnish-${port}`);
  const config = join(home, 'config');
  const args = [
    ...['-F', '-n', join(home, 'work'), '-a', `127.0.0.1:${port}`, '-T', '127.0.0.1:0'],
    ...['-f', join(config, 'default.vcl'), '-p', `vcl_path=${config}`, '-s', `malloc,${memoryMb}m`],
  ];
  return supervise({
    name: 'Cache tier (Varnish)',
    spawn: () => {
      mkdirSync(config, { recursive: true });
      chmodSync(home, 0o755);
      chmodSync(config, 0o755);
      copyFileSync(TIER_VCL, join(config, 'default.vcl'));
      writeFileSync(join(config, 'backends.vcl'), renderTierBackends(origin));
      return run(program, args, { ...process.env, EDGE_PURGE_TOKEN: purgeToken });
    },
    ready: (child) => waitForHttp(`http://127.0.0.1:${port}${origin.healthPath}`, 30_000, child),
    giveUp,
  });
}
