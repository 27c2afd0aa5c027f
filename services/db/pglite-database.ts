import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite, type Transaction as PGliteTransaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

/** The embedded default: PostgreSQL compiled to WASM, one connection, files in `<dataDir>/pglite`. */
export async function openPGlite(dataDir: string): Promise<Database> {
  const directory = join(dataDir, 'pglite');
  await mkdir(directory, { recursive: true });
  const db = await PGlite.create(directory);
  return {
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}

function queryable(target: PGlite | PGliteTransaction): Queryable {
  return {
    query: async <Row>(sql: string, params?: readonly unknown[]) => ({
      rows: (await target.query<Row>(sql, params && [...params])).rows,
    }),
    exec: async (sql) => {
      await target.exec(sql);
    },
  };
}
