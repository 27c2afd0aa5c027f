import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { inject } from 'vitest';

/** Where a test's services keep their data: a fresh PGlite dir, or a fresh PostgreSQL database too. */
export interface TestDatabase {
  dataDir: string;
  databaseUrl?: string;
}

export interface TestBackend {
  name: 'PGlite' | 'PostgreSQL';
  fresh(): Promise<TestDatabase>;
}

const tempDir = () => mkdtemp(join(tmpdir(), 'services-test-'));

export const PGLITE: TestBackend = {
  name: 'PGlite',
  fresh: async () => ({ dataDir: await tempDir() }),
};

/** A new database on the run's server (services/testing/postgres-global-setup.ts). */
export const POSTGRES: TestBackend = {
  name: 'PostgreSQL',
  fresh: async () => {
    const server = inject('postgres');
    // Loud on purpose: a machine without PostgreSQL must not pass by testing PGlite only.
    if ('error' in server) throw new Error(`No PostgreSQL server for the tests: ${server.error}`);
    const database = `test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: server.url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${database}`);
    } finally {
      await admin.end();
    }
    const url = new URL(server.url);
    url.pathname = `/${database}`;
    return { dataDir: await tempDir(), databaseUrl: url.toString() };
  },
};

/** For `describe.each(TEST_BACKENDS)('$name', (backend) => …)`: the same tests on both backends. */
export const TEST_BACKENDS: TestBackend[] = [PGLITE, POSTGRES];
