import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

/** A program the last checks run when it is installed; the test's name says when it is not. */
function tool(program: string, install: string) {
  const missing = Boolean(spawnSync(program, ['--version']).error);
  return { missing, note: missing ? ` (skipped: no ${program}; ${install})` : '' };
}

const scratchDirs: string[] = [];
function scratch(): string {
  scratchDirs.push(mkdtempSync(join(tmpdir(), 'compose-test-')));
  return scratchDirs.at(-1)!;
}
afterAll(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true })));

describe('docker-compose.yml', () => {
  it('runs three storefront instances of the one image, read-only, draining for 30 s', () => {
    expect(instances).toEqual(['storefront-1', 'storefront-2', 'storefront-3']);
    for (const name of instances) {
      const instance = compose.services[name]!;
      expect(instance.read_only).toBe(true);
      const writable = instance.tmpfs?.map((mount) => mount.split(':')[0]);
      expect(writable).toEqual(['/app/.next/cache', '/tmp']);
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

  const dockerCompose = tool('docker-compose', 'apt-get install docker-compose');
  it.skipIf(dockerCompose.missing)(`passes docker-compose config${dockerCompose.note}`, () => {
    const dir = scratch();
    const envFile = join(dir, '.env');
    const example = read('deploy/compose/.env.example');
    writeFileSync(envFile, example.replace(/=$/gm, '=0123456789abcdef0123'));
    const run = spawnSync('docker-compose', ['--env-file', envFile, 'config', '-q'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  // Laid out as the container mounts it: the rules beside it, the token under secrets/.
  const promtool = tool('promtool', "Debian's prometheus package, which .ci/run installs");
  it.skipIf(promtool.missing)(`passes promtool check config${promtool.note}`, () => {
    const dir = scratch();
    cpSync(join(root, 'deploy/compose/prometheus.yml'), join(dir, 'prometheus.yml'));
    for (const rules of ['recording-rules.yml', 'alert-rules.yml'])
      cpSync(join(root, 'observability/prometheus', rules), join(dir, rules));
    mkdirSync(join(dir, 'secrets'));
    writeFileSync(join(dir, 'secrets/metrics-token'), 'token');
    const run = spawnSync('promtool', ['check', 'config', 'prometheus.yml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });
});
