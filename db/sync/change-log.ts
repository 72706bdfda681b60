import type { SyncClient } from '../client';

/**
 * Local changes not yet sent. The engine's `stats().cdcOperations` counts
 * change-log rows after the last push, including transaction markers and the
 * engine's own bookkeeping rows (one stays after every push); people want the
 * row changes, so those are left out here. If the change log cannot be read,
 * the engine's count is used as it is.
 */
export interface LocalSyncState {
  pending: number;
  walBytes: number;
  /** The engine's own count, for the history and the benchmark. */
  cdcOperations: number;
}

const COMMIT_MARKER = 2;
const changeKinds: Record<number, string> = { 1: 'insert', 0: 'update', [-1]: 'delete' };

export interface PendingChange {
  changeId: number;
  kind: string;
  table: string;
  rowid: number;
}

async function tailOfChangeLog(client: SyncClient, count: number): Promise<PendingChange[]> {
  if (count <= 0) return [];
  const rows = (await client.all(
    `SELECT change_id, change_type, table_name, id FROM turso_cdc ORDER BY change_id DESC LIMIT ?`,
    count,
  )) as Array<{
    change_id: number;
    change_type: number;
    table_name: string | null;
    id: number | null;
  }>;
  return rows
    .filter(
      (r) =>
        r.change_type !== COMMIT_MARKER &&
        r.table_name !== null &&
        !r.table_name.startsWith('turso_') &&
        r.id !== null,
    )
    .map((r) => ({
      changeId: r.change_id,
      kind: changeKinds[r.change_type] ?? 'change',
      table: r.table_name ?? '',
      rowid: r.id ?? 0,
    }))
    .reverse();
}

export async function readLocalSyncState(client: SyncClient): Promise<LocalSyncState> {
  const stats = await client.stats();
  let pending = stats.cdcOperations;
  try {
    // Counted in SQL: after a long offline day the tail holds tens of thousands of rows.
    const row = (await client.get(
      `SELECT count(*) AS n FROM (SELECT change_type, table_name, id FROM turso_cdc ORDER BY change_id DESC LIMIT ?)
       WHERE change_type != ${String(COMMIT_MARKER)} AND table_name IS NOT NULL AND substr(table_name, 1, 6) != 'turso_' AND id IS NOT NULL`,
      stats.cdcOperations,
    )) as { n: number } | undefined;
    pending = stats.cdcOperations === 0 ? 0 : (row?.n ?? stats.cdcOperations);
  } catch {
    // An engine version with another change-log layout: fall back to its own count.
  }
  return { pending, walBytes: stats.mainWalSize, cdcOperations: stats.cdcOperations };
}

/** The unsent row changes, oldest first (for the export before un-enrolling). */
export async function listPendingChanges(client: SyncClient): Promise<PendingChange[]> {
  const stats = await client.stats();
  return tailOfChangeLog(client, stats.cdcOperations);
}

/** The newest entry in the change log: an export is current while this has not moved. */
export async function changeLogMark(client: SyncClient): Promise<number> {
  try {
    const row = (await client.get('SELECT MAX(change_id) AS m FROM turso_cdc')) as
      { m: number | null } | undefined;
    return row?.m ?? 0;
  } catch {
    return -1;
  }
}

/** A pending change with the changed row as it is now (null once deleted). */
export interface PendingChangeRow extends PendingChange {
  row: Record<string, unknown> | null;
}

/** The unsent row changes, oldest first, each with its row as it is now (the export before un-enrolling). */
export async function pendingChangeRows(client: SyncClient): Promise<PendingChangeRow[]> {
  const rows: PendingChangeRow[] = [];
  for (const change of await listPendingChanges(client)) {
    const row = (await client.get(
      `SELECT * FROM "${change.table.replace(/"/g, '')}" WHERE rowid = ?`,
      change.rowid,
    )) as Record<string, unknown> | undefined;
    rows.push({ ...change, row: row ?? null });
  }
  return rows;
}
