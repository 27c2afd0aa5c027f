import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const DEBIAN_ROOT = '/usr/lib/postgresql';
const READY_TIMEOUT_MS = 30_000;
/** Test data need not survive a crash; 300 connections: every suite's pool at once. */
const SETTINGS = [
  'fsync=off',
  'synchronous_commit=off',
  'full_page_writes=off',
  'max_connections=300',
];

export interface PostgresServer {
  /** Superuser URL of a database on this server (`postgres` always exists). */
  url(database: string): string;
  stop(): Promise<void>;
}

/** Debian's server binaries, newest major version first; throws how to install them. */
function serverBin(): string {
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT).filter((version) =>
        existsSync(join(DEBIAN_ROOT, version, 'bin', 'initdb')),
      )
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error(
      `PostgreSQL server binaries not found in ${DEBIAN_ROOT}/*/bin: apt-get install --no-install-recommends postgresql`,
    );
  }
  return join(DEBIAN_ROOT, newest, 'bin');
}

/** initdb and postgres refuse to run as root: as root, they run as the package's postgres user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** The command line that runs `program` as `user` (setpriv execs, so the pid stays the server's). */
function commandAs(
  user: { uid: number; gid: number } | undefined,
  program: string,
  args: string[],
): [string, string[]] {
  if (!user) return [program, args];
  return [
    'setpriv',
    [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--', program, ...args],
  ];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A throwaway PostgreSQL server: data and unix socket in a temp dir, TCP on a free loopback
 * port, trust authentication.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = serverBin();
  const user = serverUser();
  const dir = await mkdtemp(join(tmpdir(), 'services-postgres-'));
  if (user) await chown(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const initdb = ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C'];
  execFileSync(...commandAs(user, join(bin, 'initdb'), [...initdb, '--no-sync']), {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await freePort();
  const listen = ['-D', data, '-h', '127.0.0.1', '-p', String(port), '-k', dir];
  const settings = SETTINGS.flatMap((setting) => ['-c', setting]);
  const child = spawn(...commandAs(user, join(bin, 'postgres'), [...listen, ...settings]), {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Should vitest die without its teardown, the server must not outlive it.
  const killOnExit = () => child.kill('SIGQUIT');
  process.once('exit', killOnExit);
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const stop = async () => {
    process.off('exit', killOnExit);
    child.kill('SIGINT');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url('postgres'), exited);
  } catch (error) {
    await stop();
    throw new Error(`PostgreSQL did not start: ${String(error)}\n${log}`);
  }
  return { url, stop };
}

async function waitUntilReady(url: string, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (gone) throw new Error('the server exited');
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
