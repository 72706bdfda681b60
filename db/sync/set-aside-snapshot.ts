import type { SyncClient } from '../client';

/** At most this many rows of one table are copied aside (a safety bound, far above any real table). */
const MAX_SNAPSHOT_ROWS = 50_000;
/** Ids per `IN (...)` list, well under SQLite's bound-parameter limit. */
const ID_CHUNK = 500;

export interface TableSnapshot {
  table: string;
  rows: Array<Record<string, unknown>>;
}

/**
 * Every row of a local table that has an `id` column, as stored (the copy
 * taken before a rebase may drop some). Null when no such table exists: the
 * name comes from a server error message, so it is checked against the
 * schema before it is quoted into a statement.
 */
export async function snapshotTable(
  client: SyncClient,
  tableName: string,
): Promise<TableSnapshot | null> {
  const table = (await client.get(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = ?",
    tableName,
  )) as { name: string } | undefined;
  if (!table) return null;
  const columns = (await client.all(`PRAGMA table_info("${table.name}")`)) as Array<{
    name: string;
  }>;
  if (!columns.some((c) => c.name === 'id')) return null;
  const rows = (await client.all(
    `SELECT * FROM "${table.name}" LIMIT ${MAX_SNAPSHOT_ROWS}`,
  )) as Array<Record<string, unknown>>;
  return { table: table.name, rows };
}

/** Which of these ids a table (one a snapshot was taken of) still holds. */
export async function idsStillPresent(
  client: SyncClient,
  table: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const present = new Set<string>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const chunk = ids.slice(i, i + ID_CHUNK);
    const rows = (await client.all(
      `SELECT id FROM "${table}" WHERE id IN (${chunk.map(() => '?').join(',')})`,
      ...chunk,
    )) as Array<{ id: string }>;
    for (const r of rows) present.add(r.id);
  }
  return present;
}
