import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';
import { PGLITE, POSTGRES } from '../testing/test-backends';

/** The types the schema uses or its aggregates yield, and those node-postgres parses its own way. */
const EXPRESSIONS = [
  '1::int4',
  '1::int8',
  '9007199254740993::int8',
  'count(*)',
  'sum(2::int4)',
  'ARRAY[1::int8, NULL]',
  'sum(3::int8)',
  '1.5::numeric',
  'true',
  `'a1b2c3d4-0000-4000-8000-000000000000'::uuid`,
  `'{"a":[1,"x"]}'::jsonb`,
  `'2024-01-02T03:04:05.123456Z'::timestamptz`,
  `'1 day 02:00:00'::interval`,
  `to_char('2024-01-02T23:30:00Z'::timestamptz, 'YYYY-MM-DD HH24:MI')`,
  'NULL',
];
const SELECT_ALL = `SELECT ${EXPRESSIONS.map((expression, index) => `${expression} AS v${index}`).join(', ')}`;
const PARAMETERS_SQL = 'SELECT $1::timestamptz AS at, $2::jsonb AS doc, $3::int8 AS n';

describe('PostgreSQL answers with the JS values PGlite does', () => {
  let pglite: Database;
  let postgres: Database;
  beforeAll(async () => {
    [pglite, postgres] = await Promise.all([
      openDatabase(await PGLITE.fresh()),
      openDatabase(await POSTGRES.fresh()),
    ]);
  });
  afterAll(() => Promise.all([pglite?.close(), postgres?.close()]));

  it('parses every type alike, int8 as a number while exact', async () => {
    const [embedded, server] = await Promise.all([
      pglite.query(SELECT_ALL),
      postgres.query(SELECT_ALL),
    ]);
    expect(server.rows).toStrictEqual(embedded.rows);
    expect(Object.values(server.rows[0] ?? {}).slice(0, 6)).toStrictEqual([
      1,
      1,
      9007199254740993n,
      1,
      2,
      [1, null],
    ]);
  });

  it('reads Date, JSON text and number parameters alike', async () => {
    const at = new Date('2024-01-02T03:04:05.123Z');
    const params = [at, JSON.stringify({ a: 1 }), 5];
    const [embedded, server] = await Promise.all([
      pglite.query(PARAMETERS_SQL, params),
      postgres.query(PARAMETERS_SQL, params),
    ]);
    expect(server.rows).toStrictEqual(embedded.rows);
    expect(server.rows).toStrictEqual([{ at, doc: { a: 1 }, n: 5 }]);
  });
});
