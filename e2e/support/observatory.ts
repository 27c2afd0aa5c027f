import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/** One of the ten tests, keyed in `tests` by its name ('content-security-policy', 'redirection'...). */
interface ObservatoryTest {
  /** The outcome the test wants, e.g. 'csp-implemented-with-no-unsafe'. */
  expectation: string;
  pass: boolean;
  /** The outcome found, e.g. 'csp-implemented-with-unsafe-inline': the score table's key. */
  result: string | null;
  /** Points this result adds to or takes from the base 100. */
  scoreModifier: number;
  /** The rest is per test (parsed CSP, cookies, redirect route...), as the package reports it. */
  [detail: string]: unknown;
}

export interface ObservatoryScan {
  /** A+ from 100, A from 90, A- from 85, B+ from 80... (see the package's grader/charts.js). */
  grade: string;
  /** 100 plus the modifiers; bonuses count only when the penalties leave 90 or more. May pass 100. */
  score: number;
  statusCode: number;
  testsPassed: number;
  testsFailed: number;
  /** The graded response's headers, as the scanner's HTTP client saw them. */
  responseHeaders: Record<string, string | string[]>;
  tests: Record<string, ObservatoryTest>;
}

// The scanner runs in a child Node: NODE_EXTRA_CA_CERTS, the only way to make it trust a
// self-signed certificate (its agents are its own, built with rejectUnauthorized: true), is read
// at process start. Its `scan()` is called directly rather than through its CLI, whose wrapper
// overwrites NODE_EXTRA_CA_CERTS with Mozilla's bundle.
const CHILD = `
const [, entry, hostname] = process.argv;
try {
  const { scan } = await import(entry);
  const { scan: summary, tests } = await scan(hostname);
  process.stdout.write(JSON.stringify({ ok: { ...summary, tests } }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error?.stack ?? error) }));
}`;

const VERSION = '1.4.8';
const TOOL_DIR = resolve('.data/tools/observatory');
const PACKAGE_DIR = join(TOOL_DIR, 'node_modules', '@mdn', 'mdn-http-observatory');

/**
 * The scanner, installed on first use into .data/tools (not a project dependency): its install
 * scripts download Mozilla's CA bundle, the HSTS preload list and the TLD list, and build
 * pg-native for its API server, none of which a scan of localhost needs and none of which works
 * offline. So it is installed with scripts skipped, and the one downloaded file its HSTS test
 * reads unguarded is written empty: localhost is on no preload list.
 */
async function installedObservatory(): Promise<string> {
  if (!existsSync(join(PACKAGE_DIR, 'package.json'))) {
    mkdirSync(TOOL_DIR, { recursive: true });
    await promisify(execFile)(
      'npm',
      [
        'install',
        '--prefix',
        TOOL_DIR,
        '--ignore-scripts',
        '--no-save',
        '--no-audit',
        '--no-fund',
        `@mdn/mdn-http-observatory@${VERSION}`,
      ],
      { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
    );
  }
  const preload = join(PACKAGE_DIR, 'conf', 'hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}');
  return join(PACKAGE_DIR, 'src', 'index.js');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScan(value: unknown): value is ObservatoryScan {
  return (
    isRecord(value) &&
    typeof value.grade === 'string' &&
    typeof value.score === 'number' &&
    isRecord(value.tests) &&
    Object.values(value.tests).every(
      (test) =>
        isRecord(test) &&
        typeof test.pass === 'boolean' &&
        (typeof test.result === 'string' || test.result === null) &&
        typeof test.scoreModifier === 'number',
    )
  );
}

/**
 * Grades https://host:port with the MDN HTTP Observatory, as its website would, but locally.
 * `caCertPath` is the server's certificate (e.g. the TLS terminator's): without it the scanner
 * still connects, but marks the chain unverified and fails HSTS (hsts-invalid-cert, -20).
 * The scanner also probes http://host:port (it has no separate http port when called this way);
 * an https-only port refuses that, which scores as redirection-not-needed-no-http (0, a pass).
 */
export async function scanWithObservatory(
  host: string,
  port: number,
  options: { caCertPath?: string; timeoutMs?: number } = {},
): Promise<ObservatoryScan> {
  const entry = await installedObservatory();
  const timeoutMs = options.timeoutMs ?? 10_000;
  // The scanner builds its URLs as `https://${hostname}`, so a port rides along in the hostname.
  const hostname = port === 443 ? host : `${host}:${port}`;
  const { NODE_OPTIONS: _testRunnerHooks, ...env } = process.env;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', CHILD, pathToFileURL(entry).href, hostname],
    {
      env: {
        ...env,
        ...(options.caCertPath ? { NODE_EXTRA_CA_CERTS: options.caCertPath } : {}),
        // The package's own settings (convict, env-driven): whole request, and after sending.
        ABORT_TIMEOUT: String(timeoutMs),
        CLIENT_TIMEOUT: String(timeoutMs),
      },
      // A page, robots.txt and a CORS preflight, one after the other, plus start-up.
      timeout: timeoutMs * 3 + 10_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const reply: unknown = JSON.parse(stdout);
  if (isRecord(reply) && typeof reply.error === 'string') {
    throw new Error(`observatory scan of ${hostname} failed: ${reply.error}`);
  }
  if (!isRecord(reply) || !isScan(reply.ok)) {
    throw new Error(`unexpected observatory output: ${stdout.slice(0, 500)}`);
  }
  return reply.ok;
}
