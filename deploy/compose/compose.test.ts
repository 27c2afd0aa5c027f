import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * docker-compose.yml as deployed: three storefront instances that Varnish and Prometheus each
 * reach by name, a read-only storefront, PostgreSQL on a volume, and no secret in the file.
 */
interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  tmpfs?: string[];
  read_only?: boolean;
  stop_grace_period?: string;
  healthcheck?: { test: string[] };
}

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = Object.entries(compose.services);
const storefrontImage = compose.services.services!.image;
const instances = services
  .filter(([, service]) => service.image === storefrontImage && !service.command)
  .map(([name]) => name);
const SECRET_NAME = /SECRET|TOKEN|PASSWORD|_KEY$|DATABASE_URL/;

describe('docker-compose.yml', () => {
  it('runs three storefront instances of the one image, read-only, draining for 30 s', () => {
    expect(instances).toEqual(['storefront-1', 'storefront-2', 'storefront-3']);
    for (const name of instances) {
      const instance = compose.services[name]!;
      expect(instance.read_only).toBe(true);
      expect(instance.tmpfs).toEqual(expect.arrayContaining(['/app/.next/cache', '/tmp']));
      expect(instance.stop_grace_period).toBe('30s');
      expect(instance.healthcheck?.test.join(' ')).toContain('/api/health/ready');
    }
  });

  it('has Prometheus scrape every instance directly', () => {
    const config = parse(read('deploy/compose/prometheus.yml')) as {
      scrape_configs: { metrics_path: string; static_configs: { targets: string[] }[] }[];
    };
    const job = config.scrape_configs.find((scrape) => scrape.metrics_path === '/api/metrics');
    const targets = job?.static_configs.flatMap((group) => group.targets);
    expect(targets).toEqual(instances.map((name) => `${name}:3000`));
  });

  it('puts Varnish in front of every instance with the shared VCL, read-only', () => {
    const varnish = services.find(([, service]) => service.image?.includes('varnish'))?.[1];
    expect(varnish?.volumes).toContain('./deploy/varnish/default.vcl:/etc/varnish/default.vcl:ro');
    expect(varnish?.volumes).toContain(
      './deploy/compose/backends.vcl:/etc/varnish/backends.vcl:ro',
    );
    const hosts = [...read('deploy/compose/backends.vcl').matchAll(/\.host = "([^"]+)"/g)];
    expect(hosts.map(([, host]) => host)).toEqual(instances);
  });

  it('keeps PostgreSQL on a named volume', () => {
    expect(compose.services.postgres?.volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(compose.volumes).toHaveProperty('postgres-data');
    expect(compose.services.services?.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
  });

  it('holds no secret: each comes from the env file, whose example leaves them empty', () => {
    for (const [, service] of services)
      for (const [name, value] of Object.entries(service.environment ?? {})) {
        if (!SECRET_NAME.test(name)) continue;
        const literal = String(value).replace(/\$\{[A-Z_]+(:[-?][^}]*)?\}/g, '');
        expect(literal.includes('://') ? new URL(literal).password : literal, name).toBe('');
      }
    const example = read('deploy/compose/.env.example').split('\n');
    const secrets = example.filter((line) => SECRET_NAME.test(line.split('=')[0]!));
    expect(secrets.length).toBeGreaterThan(5);
    for (const line of secrets) expect(line).toMatch(/^[A-Z_]+=$/);
  });

  const dockerCompose = !spawnSync('docker-compose', ['version']).error;
  it.skipIf(!dockerCompose)(
    `passes docker-compose config${dockerCompose ? '' : ' (skipped: no docker-compose; apt-get install docker-compose)'}`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'compose-'));
      const envFile = join(dir, '.env');
      writeFileSync(
        envFile,
        read('deploy/compose/.env.example').replace(/=$/gm, '=0123456789abcdef0123'),
      );
      const run = spawnSync('docker-compose', ['--env-file', envFile, 'config', '-q'], {
        cwd: root,
        encoding: 'utf8',
      });
      rmSync(dir, { recursive: true });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
  );
});
