import type { DatabaseRowMutation, DatabaseRowTransformResult } from '@tursodatabase/sync';

/**
 * The statement a push sends for a row change of the tables every answer save
 * writes, shorter than the engine's own.
 *
 * For an insert or update the engine sends
 * `INSERT INTO "t"("c1", …) VALUES (?, …) ON CONFLICT("id") DO UPDATE SET "c1" = excluded."c1", …`
 * with every value as a typed JSON argument: about 1,900 bytes for one answer
 * row, three quarters of them SQL text and argument framing, and it is sent
 * twice per save (the answer and its audit row). This sends
 * `INSERT OR REPLACE INTO t(c1,…)VALUES('v1',…)` for a new row (an update:
 * below), with the values written as SQL literals (a fraction stays an
 * argument).
 *
 * - An insert goes as `INSERT OR REPLACE` of the row: the change's own
 *   column list. The engine records an answer save's upsert as an insert
 *   whether the row was new or not. REPLACE differs from the engine's upsert
 *   only where the row is on the server already: columns the change does not
 *   name go back to their defaults instead of keeping the server's values.
 *   Every computer names every column of its schema, so that is a column
 *   newer than this computer's, on a row another computer with a newer app
 *   wrote (an attempt resumed there): once a pull has shown this computer a
 *   newer schema, the transform steps aside (`compactPushTransform`); before
 *   that, such a value can be reset. An older app's answer row with another
 *   id for the same (attempt, question) is replaced, where the engine's
 *   statement would fail and hold the push back for ever. Nothing references
 *   these tables and no trigger exists
 *   (`tests/integration/db/compact-push-statement.test.ts` checks the
 *   schema), so the delete reaches nothing else.
 * - An update goes as an insert whose conflict on the primary key sets only
 *   the columns that changed: the row another computer changed since (an
 *   attempt resumed there) keeps what it wrote to the other columns and to
 *   any column newer than this computer's schema. The engine's statement
 *   would set every column to this computer's values.
 * - A row with a value that has no exact literal (a blob, an integer past
 *   2^53, -0, a string that is not well formed or holds NUL) keeps the engine's
 *   statement whole.
 * - Deletes and every other table keep the engine's statement.
 *
 * The engine also runs this statement on this device, when it replays changes
 * not yet pushed on top of a pull: it is the same row there too.
 *
 * The tables, each with its primary key (an update's conflict target):
 */
export const COMPACT_PUSH_TABLES: ReadonlyMap<string, string> = new Map([
  ['attempt_answers', 'id'],
  ['audit_logs', 'id'],
  ['attempt_clocks', 'attempt_id'],
]);

/**
 * Names left bare (two bytes less each, four in the JSON). A bare name that
 * is a keyword the engine refuses would fail every push of its table: the
 * server test pushes rows with every column of these tables, so a migration
 * that adds such a column fails it first.
 */
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const NUL = /\u0000/;
/** Half of a surrogate pair with no other half: no UTF-8 for it, so no literal either. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** How a value goes in the statement: as a literal, as an argument, or not at all (none is exact). */
type Placed = { literal: string } | { argument: number } | null;

function placeOf(value: unknown): Placed {
  if (value === null || value === undefined) return { literal: 'NULL' };
  if (typeof value === 'number') {
    // -0 would print as 0.
    if (Object.is(value, -0)) return null;
    if (Number.isSafeInteger(value)) return { literal: String(value) };
    // The engine reads some decimal literals (exponents near the ends of the range) into a
    // neighbouring double, so a fraction goes as the argument it came as. An integral number
    // past 2^53 may have lost digits on its way here: the engine's own statement then.
    return Number.isFinite(value) && !Number.isInteger(value) ? { argument: value } : null;
  }
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? { literal: value.toString() }
      : null;
  }
  if (typeof value === 'string' && !LONE_SURROGATE.test(value) && !NUL.test(value)) {
    return { literal: `'${value.replaceAll("'", "''")}'` };
  }
  return null;
}

function nameOf(column: string): string {
  return PLAIN_NAME.test(column) ? column : `"${column.replaceAll('"', '""')}"`;
}

/** Each value of `columns` of `row` as a literal, or `?` with its argument; null when one can be neither. */
function placedValues(
  row: Record<string, unknown>,
  columns: readonly string[],
): { placed: string[]; values: number[] } | null {
  const placed: string[] = [];
  const values: number[] = [];
  for (const column of columns) {
    const place = placeOf(row[column]);
    if (place === null) return null;
    if ('literal' in place) placed.push(place.literal);
    else {
      placed.push('?');
      values.push(place.argument);
    }
  }
  return { placed, values };
}

/**
 * `INSERT OR REPLACE` of `row` into `table`, its values literals where that is
 * exact and arguments where not; null when a value can be neither (the
 * engine's statement is sent then).
 */
export function compactInsert(
  table: string,
  row: Record<string, unknown>,
): { sql: string; values: number[] } | null {
  // In one order whatever order the engine hands them in, so consecutive rows of a table name
  // the same columns and a push can merge them (./push-merge.ts).
  const columns = Object.keys(row).sort();
  const placed = columns.length === 0 ? null : placedValues(row, columns);
  if (placed === null) return null;
  const sql = `INSERT OR REPLACE INTO ${nameOf(table)}(${columns.map(nameOf).join(',')})VALUES(${placed.placed.join(',')})`;
  return { sql, values: placed.values };
}

/**
 * The insert of `row` that, where a row with its `key` exists, sets only the
 * `changed` columns: what changed here is written, and what another computer
 * wrote to the others (or to columns this computer's schema does not have
 * yet) stays.
 */
export function compactUpsert(
  table: string,
  key: string,
  row: Record<string, unknown>,
  changed: readonly string[],
): { sql: string; values: number[] } | null {
  if (changed.length === 0 || changed.includes(key) || !changed.every((c) => c in row)) return null;
  const insert = compactInsert(table, row);
  if (insert === null) return null;
  const set = changed.map((c) => `${nameOf(c)}=excluded.${nameOf(c)}`).join(',');
  const sql = `${insert.sql.replace('INSERT OR REPLACE INTO ', 'INSERT INTO ')}ON CONFLICT(${nameOf(key)})DO UPDATE SET ${set}`;
  return { sql, values: insert.values };
}

/**
 * The engine's transform: for the tables a save writes, an insert goes as
 * `compactInsert` and an update as `compactUpsert` of its changed columns;
 * everything else keeps the engine's statement. So does every change while
 * `allowed()` says no: once a pull has brought a schema newer than this app's,
 * the server's rows may hold columns a REPLACE of this computer's columns
 * would reset.
 */
export function compactPushTransform(
  allowed: () => boolean,
): (mutation: DatabaseRowMutation) => DatabaseRowTransformResult {
  return (mutation) => (allowed() ? compactPushStatement(mutation) : null);
}

/** `compactPushTransform`'s statement for one change, whatever the schema. */
export function compactPushStatement(mutation: DatabaseRowMutation): DatabaseRowTransformResult {
  const key = COMPACT_PUSH_TABLES.get(mutation.tableName);
  const row = mutation.after;
  if (key === undefined || row === undefined) return null;
  // The engine's enum is a declared const enum of these strings.
  const kind: string = mutation.changeType;
  const stmt =
    kind === 'insert'
      ? compactInsert(mutation.tableName, row)
      : kind === 'update' && mutation.updates !== undefined
        ? compactUpsert(mutation.tableName, key, row, Object.keys(mutation.updates))
        : null;
  return stmt === null ? null : { operation: 'rewrite', stmt };
}
