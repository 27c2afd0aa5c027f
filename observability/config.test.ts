import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROMETHEUS_BEACONS_TOTAL, PROMETHEUS_HISTOGRAMS } from '@/lib/rum/prometheus-names';
import { VITAL_NAMES, VITALS } from '@/lib/rum/vitals';

/**
 * The shipped Prometheus configuration, checked by promtool (Debian's `prometheus` package,
 * installed by .ci/run): it loads, its hand-written unit tests pass, it agrees with the RUM
 * contract in lib/rum (names, buckets, thresholds), and every dashboard query parses.
 */
const promtoolFound = !spawnSync('promtool', ['--version']).error;
if (!promtoolFound)
  console.warn(
    "observability/config.test.ts skipped: no promtool. Install Debian's `prometheus` package (.ci/run does).",
  );

const source = join(import.meta.dirname, 'prometheus');
const dashboard = JSON.parse(
  readFileSync(join(import.meta.dirname, 'grafana/storefront-web-vitals.json'), 'utf8'),
);
let dir = '';

function promtool(...args: string[]) {
  const run = spawnSync('promtool', args, { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** promtool reads YAML, and JSON is YAML: generated test files need no YAML writer. */
function promtoolTest(name: string, tests: unknown[]) {
  writeFileSync(
    join(dir, name),
    JSON.stringify({
      rule_files: ['recording-rules.yml', 'alert-rules.yml'],
      evaluation_interval: '1m',
      tests,
    }),
  );
  return promtool('test', 'rules', name);
}

const ALERTS = {
  LCP: 'WebVitalsLCPSlow',
  INP: 'WebVitalsINPSlow',
  CLS: 'WebVitalsCLSHigh',
} as const;
const VIEWS_PER_MINUTE = 30;

/**
 * Per vital, 30 views a minute: on phones all in the bucket that ends on the good threshold, on
 * desktops all in the next bucket (so p75 is poor-side and, for LCP/INP/CLS, alerts), on
 * tablets as on phones but with `le` written the way Prometheus 3 stores it ("2500.0").
 */
function contractTest() {
  const inputSeries: Array<{ series: string; values: string }> = [];
  const exprTests: Array<{
    expr: string;
    eval_time: string;
    exp_samples: Array<{ labels: string; value: number }>;
  }> = [];
  const firing: Array<{ labels: string; value: number }> = [];
  for (const name of VITAL_NAMES) {
    const { good } = VITALS[name];
    const buckets: readonly number[] = VITALS[name].buckets;
    const family = PROMETHEUS_HISTOGRAMS[name];
    const goodBucket = buckets.indexOf(good);
    const cases = [
      { device: 'phone', bucket: goodBucket, le: String },
      { device: 'desktop', bucket: goodBucket + 1, le: String },
      {
        device: 'tablet',
        bucket: goodBucket,
        le: (bound: number) => (Number.isInteger(bound) ? `${bound}.0` : String(bound)),
      },
    ];
    const p75: Array<{ labels: string; value: number }> = [];
    const goodRatio: Array<{ labels: string; value: number }> = [];
    for (const { device, bucket, le } of cases) {
      const labels = `route="/[locale]",device="${device}"`;
      buckets.forEach((bound, index) =>
        inputSeries.push({
          series: `${family.bucket}{${labels},le="${le(bound)}"}`,
          values: `0+${index >= bucket ? VIEWS_PER_MINUTE : 0}x30`,
        }),
      );
      inputSeries.push({
        series: `${family.bucket}{${labels},le="+Inf"}`,
        values: `0+${VIEWS_PER_MINUTE}x30`,
      });
      inputSeries.push({
        series: `${family.count}{${labels}}`,
        values: `0+${VIEWS_PER_MINUTE}x30`,
      });
      // histogram_quantile's interpolation, in the same float operations as Prometheus.
      const rate = VIEWS_PER_MINUTE / 60;
      const start = bucket > 0 ? buckets[bucket - 1]! : 0;
      p75.push({
        labels: `route_device:${family.family}:p75_5m{${labels}}`,
        value: start + (buckets[bucket]! - start) * ((0.75 * rate) / rate),
      });
      goodRatio.push({
        labels: `route_device:${family.family}:good_ratio_5m{${labels}}`,
        value: bucket === goodBucket ? 1 : 0,
      });
      if (device === 'desktop' && name in ALERTS) {
        firing.push({
          labels: `ALERTS{alertname="${ALERTS[name as keyof typeof ALERTS]}",alertstate="firing",severity="warning",${labels}}`,
          value: 1,
        });
      }
    }
    exprTests.push({
      expr: `route_device:${family.family}:p75_5m`,
      eval_time: '20m',
      exp_samples: p75,
    });
    exprTests.push({
      expr: `route_device:${family.family}:good_ratio_5m`,
      eval_time: '20m',
      exp_samples: goodRatio,
    });
  }
  exprTests.push({ expr: 'ALERTS{alertstate="firing"}', eval_time: '20m', exp_samples: firing });
  return { interval: '1m', input_series: inputSeries, promql_expr_test: exprTests };
}

/** Panel queries as Grafana sends them, with the dashboard's variables filled in. */
function dashboardQueries(): string[] {
  const panels = dashboard.panels as Array<{ targets?: Array<{ expr: string }> }>;
  return panels
    .flatMap((panel) => panel.targets ?? [])
    .map((target) =>
      target.expr
        .replaceAll(/\$(route|device)\b/g, '.*')
        .replaceAll(/\$(__range|__rate_interval)\b/g, '5m'),
    );
}

describe.skipIf(!promtoolFound)('observability/prometheus (promtool)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'observability-'));
    cpSync(source, dir, { recursive: true });
    // `check config` insists that the scrape's credentials file exists.
    writeFileSync(join(dir, 'metrics-token'), 'token');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the scrape config and both rule files load', () => {
    const config = promtool('check', 'config', 'prometheus.yml');
    expect(config.status, config.output).toBe(0);
    const rules = promtool('check', 'rules', 'recording-rules.yml', 'alert-rules.yml');
    expect(rules.status, rules.output).toBe(0);
  });

  it('the rules pass their unit tests (rules.test.yml)', () => {
    const run = promtool('test', 'rules', 'rules.test.yml');
    expect(run.status, run.output).toBe(0);
  });

  it("the rules use lib/rum's metric names, buckets and thresholds", () => {
    const run = promtoolTest('contract.test.json', [contractTest()]);
    expect(run.status, run.output).toBe(0);
  });

  it('every dashboard query parses and reads only exposed or recorded series', () => {
    const queries = dashboardQueries();
    expect(queries.length).toBeGreaterThan(10);
    const run = promtoolTest('dashboard.test.json', [
      {
        interval: '1m',
        input_series: [],
        promql_expr_test: queries.map((expr) => ({ expr, eval_time: '1m', exp_samples: [] })),
      },
    ]);
    expect(run.status, run.output).toBe(0);

    const recorded = [
      ...readFileSync(join(source, 'recording-rules.yml'), 'utf8').matchAll(
        /^\s*- record: (\S+)$/gm,
      ),
    ].map((match) => match[1]);
    const exposed = [
      ...Object.values(PROMETHEUS_HISTOGRAMS).flatMap((family) => [
        family.bucket,
        family.sum,
        family.count,
      ]),
      PROMETHEUS_BEACONS_TOTAL,
    ];
    const variables = (dashboard.templating.list as Array<{ definition?: string }>).flatMap(
      (variable) => variable.definition ?? [],
    );
    const named = [
      ...queries.flatMap((expr) =>
        [...expr.matchAll(/([a-zA-Z_:][\w:]*)(?=\{|\[)/g)].map((match) => match[1]),
      ),
      ...variables.map((definition) => /^label_values\((\w+),/.exec(definition)?.[1]),
    ];
    expect(named.filter((name) => ![...recorded, ...exposed].includes(name))).toEqual([]);
  });
});
