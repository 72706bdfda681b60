import type { SyncClient } from '../client';
import {
  countPushedRowChangesAfter,
  countRowsAfter,
  newestChangeId,
  pendingStartsAfter,
} from './push-backlog';

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

/**
 * What the last count saw, so the next one counts only the rows written since:
 * a full count of a tail of 500,000 rows is seconds of work, and the status
 * is refreshed every 2 s.
 */
export interface PendingCount {
  /** The engine's last push and pull and its revision: when one moves, the waiting tail changed. */
  key: string;
  cdcOperations: number;
  newest: number;
  pending: number;
}

export async function readLocalSyncState(
  client: SyncClient,
  memo?: { last: PendingCount | null },
): Promise<LocalSyncState> {
  const stats = await client.stats();
  let pending = stats.cdcOperations;
  try {
    pending = stats.cdcOperations === 0 ? 0 : await countPending(client, stats, memo);
  } catch {
    // An engine version with another change-log layout: fall back to its own count.
    if (memo) memo.last = null;
  }
  return { pending, walBytes: stats.mainWalSize, cdcOperations: stats.cdcOperations };
}

async function countPending(
  client: SyncClient,
  stats: Awaited<ReturnType<SyncClient['stats']>>,
  memo: { last: PendingCount | null } | undefined,
): Promise<number> {
  const key = [stats.lastPushUnixTime, stats.lastPullUnixTime, stats.revision].join('|');
  const last = memo?.last ?? null;
  if (memo && last?.key === key) {
    const added = await countRowsAfter(client, last.newest);
    // With the engine's mark where it was, its count grew by exactly the rows added since.
    if (stats.cdcOperations - last.cdcOperations === added.rows) {
      memo.last = {
        key,
        cdcOperations: stats.cdcOperations,
        newest: added.newest,
        pending: last.pending + added.pushed,
      };
      return memo.last.pending;
    }
  }
  const newest = await newestChangeId(client);
  const startsAfter = await pendingStartsAfter(client, stats.cdcOperations, newest);
  const pending = await countPushedRowChangesAfter(client, startsAfter, newest);
  if (memo) memo.last = { key, cdcOperations: stats.cdcOperations, newest, pending };
  return pending;
}

/** The unsent row changes, oldest first (for the export before un-enrolling). */
export async function listPendingChanges(client: SyncClient): Promise<PendingChange[]> {
  const stats = await client.stats();
  return tailOfChangeLog(client, stats.cdcOperations);
}

/** The newest entry in the change log: an export is current while this has not moved. */
export async function changeLogMark(client: SyncClient): Promise<number> {
  try {
    return await newestChangeId(client);
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
