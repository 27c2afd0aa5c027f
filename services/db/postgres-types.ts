import { types, type CustomTypesConfig } from 'pg';

type Oid = Parameters<typeof types.getTypeParser>[0];
const { INT8, INTERVAL } = types.builtins;
/** pg_type.oid of int8[]; pg-types names only scalar types. */
const INT8_ARRAY = 1016 as Oid;

/** Like PGlite: a number when exact, a bigint beyond 2^53 (node-postgres answers a string). */
function parseInt8(text: string): number | bigint {
  const value = BigInt(text);
  return value >= Number.MIN_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER
    ? Number(value)
    : value;
}

function parseInt8Array(text: string): Array<number | bigint | null> {
  // The stock int8[] parser splits the literal and yields strings (null for NULL).
  const items = types.getTypeParser(INT8_ARRAY)(text) as Array<string | null>;
  return items.map((item) => (item === null ? null : parseInt8(item)));
}

/**
 * Row values come back as the same JS types from PostgreSQL as from PGlite, so the
 * repositories need not know which backend they run on (compared side by side in
 * services/db/backend-parity.test.ts). numeric stays a string in both.
 */
export const PGLITE_COMPATIBLE_TYPES: CustomTypesConfig = {
  getTypeParser: (oid: Oid, format?: 'text' | 'binary') => {
    if (oid === INT8) return parseInt8;
    if (oid === INT8_ARRAY) return parseInt8Array;
    // PGlite leaves an interval as its text ("1 day"); node-postgres builds an object.
    if (oid === INTERVAL) return (text: string) => text;
    return types.getTypeParser(oid, format);
  },
};
