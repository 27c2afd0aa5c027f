import { Pool, type PoolClient } from 'pg';
import type { Database, Queryable } from './database';
import { waitForPostgres } from './postgres-connect';
import { PGLITE_COMPATIBLE_TYPES } from './postgres-types';

interface PostgresOptions {
  url: string;
  poolSize?: number;
  statementTimeoutMs?: number;
}

/** A PostgreSQL server through a node-postgres pool (DATABASE_URL). */
export async function openPostgres({
  url,
  poolSize,
  statementTimeoutMs,
}: PostgresOptions): Promise<Database> {
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    statement_timeout: statementTimeoutMs,
    types: PGLITE_COMPATIBLE_TYPES,
    // PGlite runs in UTC: the same SQL must see the same dates whatever the server's zone.
    options: '-c TimeZone=UTC',
    // A request waits at most this long for a free connection instead of hanging.
    connectionTimeoutMillis: 10_000,
    application_name: 'storefront-services',
  });
  // An idle connection the server drops (restart, failover) is replaced on the next checkout;
  // without a listener its error would crash the process.
  pool.on('error', (error) => {
    console.error(JSON.stringify({ msg: 'postgres idle connection lost', error: error.message }));
  });
  try {
    await waitForPostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    ...queryable(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        await rollback(client);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

/** A connection whose rollback fails is in an unknown state: it is closed, not reused. */
async function rollback(client: PoolClient): Promise<void> {
  try {
    await client.query('ROLLBACK');
    client.release();
  } catch (error) {
    client.release(error instanceof Error ? error : true);
  }
}

function queryable(target: Pool | PoolClient): Queryable {
  return {
    query: async <Row>(sql: string, params?: readonly unknown[]) => ({
      rows: (await target.query(sql, params && [...params])).rows as Row[],
    }),
    // Without parameters node-postgres uses the simple protocol, which takes several statements.
    exec: async (sql) => {
      await target.query(sql);
    },
  };
}
