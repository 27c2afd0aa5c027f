import type { TestProject } from 'vitest/node';
import { startPostgresServer, type PostgresServer } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of this run's PostgreSQL server, or why there is none. */
    postgres: { url: string } | { error: string };
  }
}

/**
 * One PostgreSQL server per vitest run for the services tests' PostgreSQL backend. A failure
 * to start does not stop the run: it is handed to those tests, which fail with it, while tests
 * that never use PostgreSQL (the storefront's) run as usual.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: PostgresServer | undefined;
  try {
    server = await startPostgresServer();
    project.provide('postgres', { url: server.url('postgres') });
  } catch (error) {
    project.provide('postgres', { error: error instanceof Error ? error.message : String(error) });
  }
  return async () => {
    await server?.stop();
  };
}
