import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The shared VCL (deploy/varnish/default.vcl) compiles with the backends Compose and Kubernetes
 * give it, checked by Debian's varnishd (.ci/run installs it). Their host names only resolve
 * inside those deployments, so they are compiled as 127.0.0.1.
 */
const missing = Boolean(spawnSync('varnishd', ['-V']).error);
const note = missing ? ' (skipped: no varnishd; apt-get install varnish, as .ci/run does)' : '';
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true })));

function compile(backends: string) {
  const dir = mkdtempSync(join(tmpdir(), 'vcl-test-'));
  dirs.push(dir);
  // varnishd started as root reads the VCL as its own unprivileged user.
  chmodSync(dir, 0o755);
  copyFileSync(join(import.meta.dirname, 'varnish/default.vcl'), join(dir, 'default.vcl'));
  const source = readFileSync(join(import.meta.dirname, backends), 'utf8');
  writeFileSync(
    join(dir, 'backends.vcl'),
    source.replace(/\.host = "[^"]+"/g, '.host = "127.0.0.1"'),
  );
  const args = [
    '-C',
    '-f',
    join(dir, 'default.vcl'),
    '-p',
    `vcl_path=${dir}`,
    '-n',
    join(dir, 'n'),
  ];
  return spawnSync('varnishd', args, { encoding: 'utf8' });
}

describe('backends.vcl', () => {
  for (const backends of ['compose/backends.vcl', 'k8s/varnish/backends.vcl'])
    it.skipIf(missing)(`${backends} compiles with the shared VCL${note}`, () => {
      const run = compile(backends);
      expect(run.status, run.stderr).toBe(0);
    });
});
