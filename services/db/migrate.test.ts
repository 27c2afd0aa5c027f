import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';
import { MIGRATIONS } from './migrations';
import { POSTGRES, type TestDatabase } from '../testing/test-backends';

describe('migrations on a shared PostgreSQL server', () => {
  let database: TestDatabase;
  const opened: Database[] = [];
  beforeAll(async () => {
    database = await POSTGRES.fresh();
  });
  afterAll(() => Promise.all(opened.map((db) => db.close())));

  it('run once when several services processes start at the same time', async () => {
    // Each openDatabase has its own pool, as separate processes would.
    opened.push(...(await Promise.all([1, 2, 3, 4].map(() => openDatabase(database)))));
    const { rows } = await opened[0]!.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('leave an up-to-date schema alone on the next start', async () => {
    const db = await openDatabase(database);
    opened.push(db);
    const { rows } = await db.query<{ count: number }>('SELECT count(*) FROM schema_migrations');
    expect(rows).toEqual([{ count: MIGRATIONS.length }]);
  });
});
