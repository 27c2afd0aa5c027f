import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { POSTGRES } from '../testing/test-backends';

describe('PostgreSQL backend', () => {
  it('fails at once, naming the cause, when the database does not exist', async () => {
    const { dataDir, databaseUrl = '' } = await POSTGRES.fresh();
    const missing = new URL(databaseUrl);
    missing.pathname = '/no_such_database';
    const startedAt = Date.now();
    await expect(openDatabase({ dataDir, databaseUrl: missing.toString() })).rejects.toThrow(
      /PostgreSQL at DATABASE_URL is not usable: database "no_such_database" does not exist/,
    );
    // A server's answer is configuration, not a server still booting: no start-up wait.
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });

  it('cancels statements over the timeout and rolls their transaction back', async () => {
    const db = await openDatabase({ ...(await POSTGRES.fresh()), databaseStatementTimeoutMs: 200 });
    try {
      await expect(
        db.transaction(async (tx) => {
          await tx.query(`INSERT INTO stock_levels (sku, available) VALUES ('sku-t', 1)`);
          await tx.query('SELECT pg_sleep(2)');
        }),
      ).rejects.toThrow(/statement timeout/);
      expect((await db.query('SELECT sku FROM stock_levels')).rows).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('closes its pool', async () => {
    const db = await openDatabase(await POSTGRES.fresh());
    await db.close();
    await expect(db.query('SELECT 1')).rejects.toThrow(/after calling end on the pool/);
  });
});
