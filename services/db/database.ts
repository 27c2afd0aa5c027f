import { migrate } from './migrate';
import { openPGlite } from './pglite-database';
import { openPostgres } from './postgres-database';

/**
 * What the repositories need of a database. Both backends provide it: PGlite in the data dir
 * (embedded, the default) and PostgreSQL through a connection pool (DATABASE_URL, deployed).
 */
export interface Queryable {
  /** One statement with `$1…` parameters. */
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<{ rows: Row[] }>;
  /** Several statements separated by `;`, without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type Transaction = Queryable;

export interface Database extends Queryable {
  /** Commits when `work` resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Named as in the services' options, so those (or a test's TestDatabase) can be passed as they are. */
export interface DatabaseOptions {
  /** PGlite lives in `<dataDir>/pglite` unless `databaseUrl` is set. */
  dataDir: string;
  /** postgres:// or postgresql:// — PostgreSQL instead of PGlite. */
  databaseUrl?: string;
  /** PostgreSQL only: connections in the pool (node-postgres' default when unset). */
  databasePoolSize?: number;
  /** PostgreSQL only: a statement running longer is cancelled (no limit when unset). */
  databaseStatementTimeoutMs?: number;
}

/** Opens the backend the options name and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgres({
        url: options.databaseUrl,
        poolSize: options.databasePoolSize,
        statementTimeoutMs: options.databaseStatementTimeoutMs,
      })
    : await openPGlite(options.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
