import { COMPACT_PUSH_TABLES } from './compact-push';

/**
 * A push request body with the compact statements of consecutive row changes
 * merged: `INSERT OR REPLACE INTO t(c…)VALUES(r1),(r2),…` once for many rows,
 * where the engine sends one step per row change, each with its own framing
 * (about 150 bytes) and column list (150 to 200). Those were half of what an
 * answer save sent.
 *
 * What is merged: a run of consecutive steps that are each
 * `compactInsert`'s statement (no argument, plain names) of a table of
 * `COMPACT_PUSH_TABLES`. In a run, the rows of each table go in one
 * statement, in the order they came, so a row changed twice ends as the
 * second change left it, as it would step by step. The tables' rows move
 * relative to the other tables' rows of the same run only: nothing references
 * these tables and no trigger exists (the schema test of
 * tests/integration/db/compact-push-statement.test.ts), so a row of one never
 * changes what a row of another does. Any other step (an upsert of changed
 * columns, a delete, another table, the framing) ends the run and stays where
 * it is, as does a row of the run's table whose column list is not the run's.
 *
 * The engine reads nothing of the answer but each step's error, and only
 * knows step indexes for a schema change it lets fail (an added column that is
 * there already). A body with any schema change other than the engine's own
 * mark table is sent as it came, as is any body this does not recognise (a
 * later engine's, the mark lookup) or one with a bare number this could not
 * carry over exactly. Everything else in the body is written back as read.
 */

/** Rows per merged statement: the statement stays a few hundred kilobytes at most. */
export const ROWS_PER_STATEMENT = 200;

const COMPACT_STATEMENT =
  /^INSERT OR REPLACE INTO ([a-z_][a-z0-9_]*)\(([a-z0-9_,]+)\)VALUES\((.*)\)$/s;
/** Statements that change the schema; the engine's own `CREATE TABLE IF NOT EXISTS` of its mark is not one here. */
const SCHEMA_CHANGE = /^\s*(ALTER|CREATE|DROP)\b/i;
const MARK_TABLE = 'turso_sync_last_change_id';
/** A JSON number of 16 digits or more: JSON.parse may not read it exactly. */
const LONG_NUMBER = /[[:,]\s*-?\d{16,}/;

interface Step {
  condition?: unknown;
  stmt?: { sql?: unknown; args?: unknown; named_args?: unknown };
}

interface CompactRow {
  table: string;
  columns: string;
  values: string;
}

function compactRowOf(step: Step): CompactRow | null {
  const stmt = step.stmt;
  if (stmt === undefined || typeof stmt.sql !== 'string') return null;
  if (!isEmptyList(stmt.args) || !isEmptyList(stmt.named_args)) return null;
  const match = COMPACT_STATEMENT.exec(stmt.sql);
  if (match === null) return null;
  const [, table, columns, values] = match;
  if (table === undefined || columns === undefined || values === undefined) return null;
  return COMPACT_PUSH_TABLES.has(table) ? { table, columns, values } : null;
}

function isEmptyList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

function isSchemaChange(step: Step): boolean {
  const sql = step.stmt?.sql;
  return typeof sql === 'string' && SCHEMA_CHANGE.test(sql) && !sql.includes(MARK_TABLE);
}

function batchOf(body: unknown): { steps: Step[] } | null {
  if (typeof body !== 'object' || body === null) return null;
  const requests = (body as { requests?: unknown }).requests;
  if (!Array.isArray(requests) || requests.length !== 1) return null;
  const request = requests[0] as { type?: unknown; batch?: { steps?: unknown } } | null;
  const batch = request?.type === 'batch' ? request.batch : undefined;
  return batch !== undefined && Array.isArray(batch.steps) ? (batch as { steps: Step[] }) : null;
}

/** The steps of one run, each table's rows merged in statements of `ROWS_PER_STATEMENT` at most. */
function mergedRun(run: Array<{ step: Step; row: CompactRow }>): Step[] {
  const byTable = new Map<string, Array<{ step: Step; row: CompactRow }>>();
  for (const entry of run) {
    const rows = byTable.get(entry.row.table) ?? [];
    rows.push(entry);
    byTable.set(entry.row.table, rows);
  }
  const out: Step[] = [];
  for (const rows of byTable.values()) {
    for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(at, at + ROWS_PER_STATEMENT);
      const first = chunk[0];
      if (first === undefined) continue;
      if (chunk.length === 1) {
        out.push(first.step);
        continue;
      }
      const values = chunk.map((e) => `(${e.row.values})`).join(',');
      out.push({
        ...first.step,
        stmt: {
          ...first.step.stmt,
          sql: `INSERT OR REPLACE INTO ${first.row.table}(${first.row.columns})VALUES${values}`,
        },
      });
    }
  }
  return out;
}

/**
 * The body with runs of compact statements merged, or null when it stays as
 * it is (nothing to merge, or a body this leaves alone).
 */
export function mergedPushBody(text: string): string | null {
  if (!text.includes('INSERT OR REPLACE INTO ') || LONG_NUMBER.test(text)) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  const batch = batchOf(body);
  if (batch === null || batch.steps.some(isSchemaChange)) return null;
  const out: Step[] = [];
  let run: Array<{ step: Step; row: CompactRow }> = [];
  let condition = '';
  const columnsOfRun = new Map<string, string>();
  const flush = () => {
    out.push(...mergedRun(run));
    run = [];
    columnsOfRun.clear();
  };
  for (const step of batch.steps) {
    const row = compactRowOf(step);
    if (row === null) {
      flush();
      out.push(step);
      continue;
    }
    // A run's rows share their step's condition (the engine gives every row change the same).
    const stepCondition = JSON.stringify(step.condition ?? null);
    const columns = columnsOfRun.get(row.table);
    if (
      run.length > 0 &&
      (stepCondition !== condition || (columns !== undefined && columns !== row.columns))
    ) {
      flush();
    }
    condition = stepCondition;
    columnsOfRun.set(row.table, row.columns);
    run.push({ step, row });
  }
  flush();
  if (out.length === batch.steps.length) return null;
  batch.steps = out;
  return JSON.stringify(body);
}
