import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/**
 * A throwaway Prometheus server (Debian's `prometheus` binary) for tests: its own loopback port,
 * config and data folder, scraping one target every second and evaluating rules every second.
 */
export function prometheusInstalled(): boolean {
  return !spawnSync('prometheus', ['--version']).error;
}

export interface ScrapeTarget {
  /** host:port */
  address: string;
  metricsPath: string;
  bearerToken?: string;
}

export interface TestPrometheus {
  url: string;
  /** An instant query's vector: labels and value of each series. */
  query(expr: string): Promise<Array<{ labels: Record<string, string>; value: number }>>;
  stop(): Promise<void>;
}

export async function startPrometheus(
  target: ScrapeTarget,
  ruleFiles: string[] = [],
): Promise<TestPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'prometheus-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // JSON is YAML, so the config needs no YAML writer.
  writeFileSync(
    join(dir, 'prometheus.yml'),
    JSON.stringify({
      global: { scrape_interval: '1s', scrape_timeout: '1s', evaluation_interval: '1s' },
      rule_files: ruleFiles,
      scrape_configs: [
        {
          job_name: 'storefront',
          metrics_path: target.metricsPath,
          ...(target.bearerToken
            ? { authorization: { type: 'Bearer', credentials: target.bearerToken } }
            : {}),
          static_configs: [{ targets: [target.address] }],
        },
      ],
    }),
  );
  const child = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`prometheus exited with ${child.exitCode}:\n${log}`);
    }
    const ready = await fetch(`${url}/-/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus not ready on ${url} after 15 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    async query(expr) {
      const response = await fetch(`${url}/api/v1/query?${new URLSearchParams({ query: expr })}`);
      const body = (await response.json()) as {
        status: string;
        error?: string;
        data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
      };
      if (body.status !== 'success') throw new Error(`query ${expr} failed: ${body.error}`);
      return body.data.result.map((series) => ({
        labels: series.metric,
        value: Number(series.value[1]),
      }));
    },
    stop,
  };
}
