import { DatabaseError, type Pool } from 'pg';

/** How long start-up waits for a server that is still booting (Compose, Kubernetes start both at once). */
const STARTUP_WAIT_MS = 30_000;
const RETRY_DELAY_MS = 500;
/** SQLSTATE cannot_connect_now: the server is starting up or shutting down. */
const STARTING_UP = '57P03';

/**
 * Resolves once the server answers. An error the server sends (bad password, no such database)
 * is a configuration error and thrown at once; unreachable or booting is retried for a while.
 */
export async function waitForPostgres(pool: Pool): Promise<void> {
  const deadline = Date.now() + STARTUP_WAIT_MS;
  for (;;) {
    try {
      await pool.query('SELECT 1');
      return;
    } catch (error) {
      const misconfigured = error instanceof DatabaseError && error.code !== STARTING_UP;
      if (misconfigured || Date.now() >= deadline) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`PostgreSQL at DATABASE_URL is not usable: ${reason}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}
