/**
 * `npm run test:e2e:pressure [-- playwright args]`: the e2e suite on a machine that is busy, as
 * a CI runner or a laptop often is. A child process spins on one core (pinned with `taskset`
 * where there is one) for as long as `playwright test` runs, so the build, the servers and
 * Chromium get less CPU than they would alone. A test that passes idle but fails here waits on
 * time instead of on the event it needs.
 *
 * The spinner is bounded three ways: it is killed when Playwright exits (pass, failure, Ctrl-C
 * or SIGTERM), it exits by itself once this script is gone (even after a SIGKILL), and it
 * never spins longer than E2E_PRESSURE_MAX_MINUTES (60 by default).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';

const maxMinutes = Number(process.env.E2E_PRESSURE_MAX_MINUTES ?? 60);
// The last core: on a two-core machine the other one is left to share.
const core = process.env.E2E_PRESSURE_CPU ?? String(availableParallelism() - 1);

// Checks the clock and its parent every million turns or so (a few milliseconds): the check
// costs nothing next to the spinning, and the loop stops soon after either says so.
const SPIN = `
const parent = process.ppid;
const deadline = Date.now() + ${maxMinutes * 60_000};
for (let turn = 1; ; turn++) {
  if ((turn & 0xfffff) === 0 && (process.ppid !== parent || Date.now() > deadline)) process.exit(0);
}
`;

function startSpinner(): ChildProcess {
  const pinned = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  const node = [process.execPath, '-e', SPIN];
  // taskset execs node in its own place, so the spinner's parent is this process.
  const child = pinned
    ? spawn('taskset', ['--cpu-list', core, ...node], { stdio: 'inherit' })
    : spawn(node[0]!, node.slice(1), { stdio: 'inherit' });
  console.log(
    pinned
      ? `CPU pressure: a busy loop pinned to core ${core} (pid ${child.pid})`
      : `CPU pressure: a busy loop on any core (no taskset here) (pid ${child.pid})`,
  );
  return child;
}

const spinner = startSpinner();
const stopSpinner = () => {
  if (spinner.exitCode === null && spinner.signalCode === null) spinner.kill('SIGKILL');
};
// Whatever way this script ends, the spinner ends with it.
process.on('exit', stopSpinner);

const started = Date.now();
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const playwright = spawn(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});

// Ctrl-C reaches Playwright by itself (same process group): it stops its web server and
// reports. A SIGTERM sent to this script alone is passed on. Either way we wait for it to exit.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopSpinner();
    if (signal === 'SIGTERM') playwright.kill('SIGTERM');
  });
}

playwright.on('exit', (code, signal) => {
  stopSpinner();
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `Under CPU pressure: playwright test took ${Math.floor(seconds / 60)} min ${seconds % 60} s`,
  );
  process.exit(code ?? (signal ? 1 : 0));
});
