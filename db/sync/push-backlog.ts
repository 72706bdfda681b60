import type { ChangeSetSize } from '@shared/sync/push-limits';
import type { SyncClient } from '../client';

/**
 * What is waiting to be pushed, read from the engine's change log
 * (`turso_cdc`): the count of waiting changes, the push progress ("N of M
 * changes") and the refusal of a transaction too large to push. A query on
 * pages in memory runs to its end without giving the event loop a turn (0.5 s
 * for a tail of 150,000 rows on the 2-core machine), so every read here walks
 * a range of change ids in chunks of a few milliseconds and yields between
 * them: answer saves and timers run in the gaps, whatever the backlog.
 *
 * Change log rows: `change_type` 1 insert, 0 update, -1 delete, 2 the commit
 * marker that ends a transaction. Rows of the engine's own `turso_` tables are
 * never pushed. Change ids start again after a pull, so nothing here keeps
 * one between calls.
 */

const COMMIT = 2;
/** Change ids read per query: a few milliseconds of work each on the 2-core machine. */
export const CHUNK_IDS = 2_000;

/** Row changes the engine pushes: not commit markers, not its own bookkeeping tables. */
export const PUSHED_ROW = `change_type != ${String(COMMIT)} AND table_name IS NOT NULL AND substr(table_name, 1, 6) != 'turso_' AND id IS NOT NULL`;

/** Gives timers and I/O a turn between two chunks. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Stored bytes a row change sends: the new row of an insert, the changed columns of an update. */
export const PAYLOAD = `CASE change_type WHEN 1 THEN coalesce(length(after), 0) WHEN 0 THEN coalesce(length(updates), length(after), 0) ELSE 0 END`;

/**
 * The newest change id. Written as ORDER BY .. LIMIT 1: the engine runs
 * max(change_id) as a scan of the whole change log (40 ms at 60,000 rows),
 * while this reads one row at the end of the rowid order.
 */
export const NEWEST_CHANGE_ID =
  'SELECT change_id AS m FROM turso_cdc ORDER BY change_id DESC LIMIT 1';

export async function newestChangeId(client: SyncClient): Promise<number> {
  const row = (await client.get(NEWEST_CHANGE_ID)) as { m: number | null } | undefined;
  return row?.m ?? 0;
}

/**
 * The change id just before the oldest change waiting to be pushed. The
 * engine counts `cdcOperations` as the rows after its last push, so the wait
 * begins that many rows from the end. After a push that was cut off the
 * engine's own mark is stale and this starts earlier than needed, never later.
 */
export async function pendingStartsAfter(
  client: SyncClient,
  cdcOperations: number,
  newest?: number,
): Promise<number> {
  let below = (newest ?? (await newestChangeId(client))) + 1;
  // Steps back `cdcOperations` rows from the end, a chunk at a time.
  for (let left = cdcOperations; left > 0; left -= CHUNK_IDS) {
    const step = Math.min(left, CHUNK_IDS);
    const row = (await client.get(
      'SELECT change_id AS id FROM turso_cdc WHERE change_id < ? ORDER BY change_id DESC LIMIT 1 OFFSET ?',
      below,
      step - 1,
    )) as { id: number } | undefined;
    if (!row) return 0;
    below = row.id;
    await yieldToEventLoop();
  }
  return below - 1;
}

/** Rows after `afterChangeId`, and how many of them a push sends (the saves since a count). */
export async function countRowsAfter(
  client: SyncClient,
  afterChangeId: number,
): Promise<{ rows: number; pushed: number; newest: number }> {
  const newest = await newestChangeId(client);
  const total = { rows: 0, pushed: 0, newest };
  for (let from = afterChangeId; from < newest; from += CHUNK_IDS) {
    const row = (await client.get(
      `SELECT count(*) AS rows, coalesce(sum(CASE WHEN ${PUSHED_ROW} THEN 1 ELSE 0 END), 0) AS pushed
         FROM turso_cdc WHERE change_id > ? AND change_id <= ?`,
      from,
      Math.min(newest, from + CHUNK_IDS),
    )) as { rows: number; pushed: number } | undefined;
    total.rows += row?.rows ?? 0;
    total.pushed += row?.pushed ?? 0;
    await yieldToEventLoop();
  }
  return total;
}

/** Row changes after `afterChangeId` (up to `upTo`, the newest by default) that a push sends. */
export async function countPushedRowChangesAfter(
  client: SyncClient,
  afterChangeId: number,
  upTo?: number,
): Promise<number> {
  const newest = upTo ?? (await newestChangeId(client));
  let count = 0;
  for (let from = afterChangeId; from < newest; from += CHUNK_IDS) {
    const row = (await client.get(
      `SELECT count(*) AS n FROM turso_cdc WHERE change_id > ? AND change_id <= ? AND ${PUSHED_ROW}`,
      from,
      Math.min(newest, from + CHUNK_IDS),
    )) as { n: number } | undefined;
    count += row?.n ?? 0;
    await yieldToEventLoop();
  }
  return count;
}

/** How many row changes after `afterChangeId` a push sends and what they weigh. */
export async function measurePushedChangesAfter(
  client: SyncClient,
  afterChangeId: number,
): Promise<ChangeSetSize> {
  const newest = await newestChangeId(client);
  const total: ChangeSetSize = { rowChanges: 0, payloadBytes: 0 };
  for (let from = afterChangeId; from < newest; from += CHUNK_IDS) {
    const row = (await client.get(
      `SELECT count(*) AS n, coalesce(sum(${PAYLOAD}), 0) AS payload FROM turso_cdc
        WHERE change_id > ? AND change_id <= ? AND ${PUSHED_ROW}`,
      from,
      Math.min(newest, from + CHUNK_IDS),
    )) as { n: number; payload: number } | undefined;
    total.rowChanges += row?.n ?? 0;
    total.payloadBytes += row?.payload ?? 0;
    await yieldToEventLoop();
  }
  return total;
}

export interface PendingTransaction extends ChangeSetSize {
  /** The commit marker that ends it. */
  commitChangeId: number;
}

/**
 * The committed transaction after `afterChangeId` that `weigh` finds heaviest,
 * found by walking the change log in chunks and summing each transaction's
 * row changes between commit markers. Null when nothing is waiting.
 */
export async function heaviestTransactionAfter(
  client: SyncClient,
  afterChangeId: number,
  weigh: (size: ChangeSetSize) => number,
): Promise<PendingTransaction | null> {
  const newest = await newestChangeId(client);
  let heaviest: PendingTransaction | null = null;
  let heaviestWeight = -1;
  let current: ChangeSetSize = { rowChanges: 0, payloadBytes: 0 };
  for (let from = afterChangeId; from < newest; from += CHUNK_IDS) {
    const rows = (await client.all(
      `SELECT change_id AS id, change_type AS type, (${PUSHED_ROW}) AS pushed, ${PAYLOAD} AS payload
         FROM turso_cdc WHERE change_id > ? AND change_id <= ? ORDER BY change_id`,
      from,
      Math.min(newest, from + CHUNK_IDS),
    )) as Array<{ id: number; type: number; pushed: number; payload: number }>;
    for (const row of rows) {
      if (row.type === COMMIT) {
        const weight = weigh(current);
        if (current.rowChanges > 0 && weight > heaviestWeight) {
          heaviest = { ...current, commitChangeId: row.id };
          heaviestWeight = weight;
        }
        current = { rowChanges: 0, payloadBytes: 0 };
      } else if (row.pushed) {
        current.rowChanges += 1;
        current.payloadBytes += row.payload;
      }
    }
    await yieldToEventLoop();
  }
  return heaviest;
}

/**
 * Whether the change log holds a schema change (a migration's DDL). The
 * engine 0.7.2 cannot hand one to a push transform (it panics building the
 * row, and the process dies), so a database opened while one is there keeps
 * the engine's own statements (see ./compact-push.ts). The whole log is read,
 * not only what this computer counts as waiting: the engine pushes from the
 * server's mark, which can be older (a restore the server has no record of).
 * A pull empties the log of what was pushed, so after the next pull this is
 * false again.
 */
export async function schemaChangeInLog(client: SyncClient): Promise<boolean> {
  const row = (await client.get(
    "SELECT 1 AS found FROM turso_cdc WHERE table_name = 'sqlite_schema' LIMIT 1",
  )) as { found: number } | undefined;
  return row !== undefined;
}
