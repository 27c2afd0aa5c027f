/**
 * `npm run cluster`: several production storefront instances on one machine, as one site. One
 * build (as `npm start` makes it), served by CLUSTER_SIZE instances (default 3) on PORT+1…PORT+N,
 * behind haproxy on PORT+N+1, behind the cache tier (Varnish, deploy/varnish/default.vcl) on
 * PORT, which shoppers reach; a Redis they share (started here on 127.0.0.1:CLUSTER_REDIS_PORT, 6379,
 * unless REDIS_URL is set) and the reference services (embedded unless SERVICES_URL, with a mail
 * catcher unless SMTP_URL, scripts/lib/local-mail.ts). Every child is supervised
 * (scripts/lib/supervisor.ts); Ctrl-C stops everything. REUSE_BUILD=0 works as for `npm start`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { superviseBalancer } from './lib/balancer';
import { superviseCacheTier } from './lib/cache-tier';
import {
  clusterLayout,
  clusterPorts,
  instanceEnv,
  portClashes,
  type ClusterLayout,
} from './lib/cluster-layout';
import { HEALTH_PATH } from './lib/haproxy-config';
import { startLocalMail } from './lib/local-mail';
import { portFree, run, waitForHttp } from './lib/processes';
import { probeRedis, superviseRedis } from './lib/redis-server';
import { superviseServices } from './lib/reference-services';
import { shutdownOnSignals } from './lib/shutdown';
import { stackEnv, stackSecrets, stackSettings } from './lib/stack-env';
import { buildOrReuse, serveArgs } from './lib/storefront-build';
import { supervise } from './lib/supervisor';

if (existsSync('.env')) process.loadEnvFile('.env');

const HOST = '127.0.0.1';
const DATA_DIR = '.data/cluster';
const settings = stackSettings(process.env);
const shutdown = shutdownOnSignals();

/** Fails before anything starts when a port the cluster needs is taken. */
async function checkPorts(layout: ClusterLayout): Promise<void> {
  const clashes = portClashes(
    layout,
    settings.embedded ? Number(settings.servicesPort) : undefined,
  );
  if (clashes.length > 0) throw new Error(`Choose another PORT: ${clashes.join('; ')}`);
  const ports = clusterPorts(layout);
  const free = await Promise.all(ports.map((port) => portFree(port, HOST)));
  const busy = ports.filter((_, index) => !free[index]);
  if (busy.length > 0)
    throw new Error(
      `Port ${busy.join(', ')} on ${HOST} is already in use (npm start, another cluster?). ` +
        `The cluster needs ${ports[0]}–${Math.max(...ports)}; choose another PORT.`,
    );
  if (!layout.startsRedis) return;
  const found = await probeRedis(layout.redisPort, HOST);
  if (found === 'redis')
    throw new Error(
      `A Redis not started by this cluster already listens on ${HOST}:${layout.redisPort}. ` +
        `Stop it, or share it: REDIS_URL=redis://${HOST}:${layout.redisPort} npm run cluster, or another CLUSTER_REDIS_PORT`,
    );
  if (found === 'other')
    throw new Error(`Port ${layout.redisPort} is taken by something that is not Redis`);
}

function startInstance(id: number, port: number, env: NodeJS.ProcessEnv): Promise<void> {
  const instance = supervise({
    name: `Instance ${id} (:${port})`,
    spawn: () => run(process.execPath, serveArgs(port, HOST), instanceEnv(env, id)),
    ready: (child) => waitForHttp(`http://${HOST}:${port}${HEALTH_PATH}`, 120_000, child),
    giveUp: shutdown.fail,
  });
  return shutdown.add(instance).started;
}

async function main(): Promise<void> {
  const layout = clusterLayout(settings.port, process.env);
  await checkPorts(layout);
  const secrets = stackSecrets();
  // The build gets REDIS_URL too: next.config.ts picks the shared cache handler by it.
  // The instances purge what the webhook expires from the tier in front of them; the token
  // proves the PURGE comes from them (one per run unless set).
  const env: NodeJS.ProcessEnv = {
    ...stackEnv(process.env, settings, secrets),
    REDIS_URL: layout.redisUrl,
    EDGE_PURGE_URLS: `http://${HOST}:${layout.tierPort}`,
    EDGE_PURGE_TOKEN: process.env.EDGE_PURGE_TOKEN || randomBytes(24).toString('hex'),
  };
  const redis = layout.startsRedis
    ? shutdown.add(superviseRedis(layout.redisPort, `${DATA_DIR}/redis`, shutdown.fail))
    : undefined;
  // As under `npm start`: the embedded services' mail goes to a catcher unless SMTP_URL is set.
  const mail = await startLocalMail(process.env, settings.embedded);
  if (mail) env.SMTP_URL = shutdown.add(mail).smtpUrl;
  const services = settings.embedded
    ? shutdown.add(superviseServices(env, shutdown.fail))
    : undefined;
  await Promise.all([redis?.started, services?.started]);

  // One build for every instance: same dist dir, build id and server-actions key.
  const build = await buildOrReuse(settings.distDir, env, settings.reuseBuild);
  if (build !== 0) shutdown.stopAll(build);
  await Promise.all(layout.instancePorts.map((port, index) => startInstance(index + 1, port, env)));

  const configFile = `${DATA_DIR}/haproxy.cfg`;
  const { balancerPort: port, instancePorts } = layout;
  const balancer = { port, instancePorts, healthPath: HEALTH_PATH };
  await shutdown.add(superviseBalancer(configFile, balancer, shutdown.fail)).started;
  const tier = {
    port: layout.tierPort,
    origin: { host: HOST, port: layout.balancerPort, healthPath: HEALTH_PATH },
    purgeToken: env.EDGE_PURGE_TOKEN!,
  };
  await shutdown.add(superviseCacheTier(tier, shutdown.fail)).started;

  const rows: [string, string][] = [
    ['Cache tier (Varnish)', `http://${HOST}:${layout.tierPort}  (deploy/varnish/default.vcl)`],
    ['Balancer (haproxy)', `http://${HOST}:${layout.balancerPort}  (config ${configFile})`],
    ...layout.instancePorts.map((port, index): [string, string] => [
      `Instance ${index + 1}`,
      `http://${HOST}:${port}`,
    ]),
    ['Redis', `${layout.redisUrl}${layout.startsRedis ? '' : '  (REDIS_URL, not started here)'}`],
    [
      'Services',
      `${env.SERVICES_URL}${settings.embedded ? '' : '  (SERVICES_URL, not started here)'}`,
    ],
  ];
  if (secrets) rows.push(['Admin API token', 'in .data/dev-secrets.json']);
  const summary = rows.map(([what, where]) => `  ${what.padEnd(20)}${where}`).join('\n');
  console.log(
    `\nCluster of ${layout.instancePorts.length} is up; Ctrl-C stops it all.\n${summary}`,
  );
}

main().catch((error: unknown) => shutdown.fail(error instanceof Error ? error.message : error));
