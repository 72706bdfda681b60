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
 * `INSERT OR REPLACE INTO t(c1,…)VALUES('v1',…)`: the same row on the server,
 * with the values written as SQL literals (a fraction stays an argument).
 *
 * - The column list is the change's own: a device older than the server's
 *   schema leaves newer columns at their defaults, as the engine's statement does.
 * - REPLACE differs from the engine's upsert only when the row would be
 *   deleted: nothing references these tables and no trigger exists
 *   (`tests/integration/db/compact-push-statement.test.ts` checks the schema), so the
 *   delete has no effect beyond the row it replaces. Where another row holds
 *   the same (attempt, question), the pushed row takes its place instead of the
 *   engine's statement failing and holding the push back for ever.
 * - A row with a value that has no exact literal (a blob, an integer past
 *   2^53, -0, a string that is not well formed or holds NUL) keeps the engine's
 *   statement whole.
 * - Deletes and every other table keep the engine's statement.
 *
 * The engine also runs this statement on this device, when it replays changes
 * not yet pushed on top of a pull: it is the same row there too.
 */
export const COMPACT_PUSH_TABLES: ReadonlySet<string> = new Set([
  'attempt_answers',
  'audit_logs',
  'attempt_clocks',
]);

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

/**
 * `INSERT OR REPLACE` of `row` into `table`, its values literals where that is
 * exact and arguments where not; null when a value can be neither (the
 * engine's statement is sent then).
 */
export function compactInsert(
  table: string,
  row: Record<string, unknown>,
): { sql: string; values: number[] } | null {
  const columns = Object.keys(row);
  if (columns.length === 0) return null;
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
  const sql = `INSERT OR REPLACE INTO ${nameOf(table)}(${columns.map(nameOf).join(',')})VALUES(${placed.join(',')})`;
  return { sql, values };
}

/** The engine's transform: the compact statement for an insert or update of a save's tables, else the engine's own. */
export function compactPushStatement(mutation: DatabaseRowMutation): DatabaseRowTransformResult {
  const row = mutation.after;
  if (!COMPACT_PUSH_TABLES.has(mutation.tableName) || row === undefined) return null;
  // The engine's enum is a declared const enum of these strings.
  const kind: string = mutation.changeType;
  if (kind !== 'insert' && kind !== 'update') return null;
  const stmt = compactInsert(mutation.tableName, row);
  return stmt === null ? null : { operation: 'rewrite', stmt };
}
