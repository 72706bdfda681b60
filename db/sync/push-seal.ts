import { PUSH_OPERATIONS_THRESHOLD, ROW_CHANGE_FRAMING_BYTES } from '@shared/sync/push-limits';
import type { SqlTransaction } from '../transaction';
import type { SyncClient } from '../client';
import {
  CHUNK_IDS,
  NEWEST_CHANGE_ID,
  PAYLOAD,
  PUSHED_ROW,
  newestChangeId,
  pendingStartsAfter,
} from './push-backlog';

/**
 * The seal: one transaction's worth of tiny row changes that makes the engine
 * close a push request. The engine closes a request at the first commit once
 * it holds `PUSH_OPERATIONS_THRESHOLD` row changes; a seal holds exactly that
 * many (an upsert of each of as many rows of `sync_push_seals`), so every
 * request ends at or before a seal's commit, whatever came before it. The
 * transaction guard (./transaction-guard.ts) adds one to a transaction once
 * the fat row changes since the last seal reach the budget, which bounds the
 * bytes of a request the engine bounds only by count (see
 * shared/sync/push-limits.ts). The rows' values mean nothing; any device may
 * overwrite them.
 */

export const SEAL_TABLE = 'sync_push_seals';

const SEAL_SQL = `INSERT INTO ${SEAL_TABLE} (slot, n) VALUES ${Array.from(
  { length: PUSH_OPERATIONS_THRESHOLD },
  (_, slot) => `(${String(slot)}, 1)`,
).join(', ')} ON CONFLICT (slot) DO UPDATE SET n = n + 1`;

/** Writes the seal inside the caller's transaction. */
export async function writePushSeal(sql: SqlTransaction): Promise<void> {
  await sql.run(SEAL_SQL);
}

/** Whether this database has the seal table (a database migrated to version 41 or later). */
export async function canSeal(client: SyncClient): Promise<boolean> {
  const row = (await client.get(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = ?",
    SEAL_TABLE,
  )) as { name: string } | undefined;
  return row !== undefined;
}

/** Estimated push body of one row change in the change log, as SQL over its columns. */
const ESTIMATE = `(2 * (${PAYLOAD}) + ${String(ROW_CHANGE_FRAMING_BYTES)})`;

/** SQL: the estimate of the fat row changes among the rows a WHERE selects. */
const fatSum = (thinBytes: number) =>
  `coalesce(sum(CASE WHEN ${ESTIMATE} > ${String(Math.floor(thinBytes))} THEN ${ESTIMATE} ELSE 0 END), 0)`;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The estimated bytes of fat row changes waiting to be pushed after the last
 * seal: where the guard's count stands when the app starts on a database a
 * previous run wrote. Walks the waiting part of the change log in chunks.
 */
export async function fatBytesSinceLastSeal(
  client: SyncClient,
  thinBytes: number,
): Promise<number> {
  const { cdcOperations } = await client.stats();
  const newest = await newestChangeId(client);
  const after = await pendingStartsAfter(client, cdcOperations, newest);
  let fat = 0;
  for (let from = after; from < newest; from += CHUNK_IDS) {
    const to = Math.min(newest, from + CHUNK_IDS);
    const seal = (await client.get(
      `SELECT max(change_id) AS id FROM turso_cdc WHERE change_id > ? AND change_id <= ? AND table_name = ?`,
      from,
      to,
      SEAL_TABLE,
    )) as { id: number | null } | undefined;
    const start = seal?.id ?? null;
    if (start !== null) fat = 0;
    const row = (await client.get(
      `SELECT ${fatSum(thinBytes)} AS fat FROM turso_cdc WHERE change_id > ? AND change_id <= ? AND ${PUSHED_ROW}`,
      start ?? from,
      to,
    )) as { fat: number } | undefined;
    fat += row?.fat ?? 0;
    await yieldToEventLoop();
  }
  return fat;
}

/** What one open transaction has written so far, from the change log (its own rows are visible to it). */
export interface TransactionChangeSet {
  rowChanges: number;
  payloadBytes: number;
  /** Estimated push body of its fat row changes. */
  fatBytes: number;
}

/** The change log's newest id, read inside a transaction before its writes; null without a change log. */
export async function changeLogMarkIn(sql: SqlTransaction): Promise<number | null> {
  try {
    const row = (await sql.get(NEWEST_CHANGE_ID)) as { m: number } | undefined;
    return row?.m ?? 0;
  } catch {
    // A database without the engine's change log pushes nothing, so there is nothing to bound.
    return null;
  }
}

/** The row changes this transaction wrote after `mark`, as a push would send them. */
export async function changeSetSinceIn(
  sql: SqlTransaction,
  mark: number,
  thinBytes: number,
): Promise<TransactionChangeSet> {
  const row = (await sql.get(
    `SELECT count(*) AS n, coalesce(sum(${PAYLOAD}), 0) AS payload, ${fatSum(thinBytes)} AS fat
       FROM turso_cdc WHERE change_id > ? AND ${PUSHED_ROW}`,
    mark,
  )) as { n: number; payload: number; fat: number } | undefined;
  return { rowChanges: row?.n ?? 0, payloadBytes: row?.payload ?? 0, fatBytes: row?.fat ?? 0 };
}
