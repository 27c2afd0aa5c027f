import type { Database } from './database';
import { MIGRATIONS } from './migrations';

/**
 * Arbitrary but fixed key of the advisory lock that serializes migrations: several services
 * processes starting against one PostgreSQL server would otherwise race to create the same tables.
 */
const MIGRATION_LOCK = 4_010_001;

/**
 * Applies the pending migrations in one transaction that first takes the migration lock, so a
 * second process waits, then finds them applied. PGlite has one connection; the lock costs nothing.
 */
export async function migrate(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    // Waiting for another process's migrations, or rebuilding a large table, may take longer
    // than the pool's statement timeout, which is meant for requests.
    await tx.exec('SET LOCAL statement_timeout = 0');
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const applied = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(applied.rows.map((row) => row.version));
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (done.has(version)) continue;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    }
  });
}
