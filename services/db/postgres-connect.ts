import type { Pool } from 'pg';

/** How long start-up waits for a server that is still booting (Compose, Kubernetes start both at once). */
const STARTUP_WAIT_MS = 30_000;
const RETRY_DELAY_MS = 500;

/** Errors that mean "not up yet", not "misconfigured" (bad password, missing database). */
const TRANSIENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', '57P03']);

/** Resolves once the server answers; rethrows configuration errors at once, others after the wait. */
export async function waitForPostgres(pool: Pool): Promise<void> {
  const deadline = Date.now() + STARTUP_WAIT_MS;
  for (;;) {
    try {
      await pool.query('SELECT 1');
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !TRANSIENT.has(code) || Date.now() >= deadline) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`PostgreSQL at DATABASE_URL is not usable: ${reason}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}
