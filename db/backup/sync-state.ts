import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ServerDatabaseOptions } from '../server/connection';
import type { AppDatabase } from '../open';
import { makePrivate } from './database-files';

/**
 * Where a database file stands in the sync protocol, and the few changes a
 * restore makes to it. Turso Sync keeps, per client: on the server, the last
 * change id it applied from that client and the client's pull generation
 * (`turso_sync_last_change_id`); locally, the change log (`turso_cdc`) and
 * the client id (`client_unique_id` in `-info`). A push sends the changes
 * after the server's last id for the client; a pull replays the local changes
 * after it. A restored older copy breaks both unless it is told where the
 * server already is (see `planRestoredSync`).
 */
export interface SyncInfo {
  clientId: string | null;
  /** The file has exchanged data with a server (it has a synced revision). */
  synced: boolean;
}

export function readSyncInfo(path: string): SyncInfo {
  try {
    const info = JSON.parse(readFileSync(`${path}-info`, 'utf8')) as Record<string, unknown>;
    return {
      clientId: typeof info.client_unique_id === 'string' ? info.client_unique_id : null,
      synced: info.synced_revision !== null && info.synced_revision !== undefined,
    };
  } catch {
    return { clientId: null, synced: false };
  }
}

/** Gives the (closed) database file a new sync identity; the server then knows nothing of it. */
export function rewriteClientId(path: string, clientId: string): void {
  const infoPath = `${path}-info`;
  const info = JSON.parse(readFileSync(infoPath, 'utf8')) as Record<string, unknown>;
  info.client_unique_id = clientId;
  const tmp = `${infoPath}.restore.tmp`;
  writeFileSync(tmp, JSON.stringify(info));
  makePrivate(tmp);
  renameSync(tmp, infoPath);
}

export interface LocalSyncPosition {
  /** The local pull generation for this client (0 before its first pull). */
  pullGen: number;
  /** The newest id in the local change log (0 when it is empty). */
  maxChangeId: number;
}

interface Reader {
  get(sql: string, ...args: unknown[]): Promise<unknown>;
}

export async function readLocalSyncPosition(
  db: Reader,
  clientId: string | null,
): Promise<LocalSyncPosition> {
  const max = (await db.get('SELECT MAX(change_id) AS m FROM turso_cdc').catch(() => undefined)) as
    { m: number | null } | undefined;
  let pullGen = 0;
  if (clientId) {
    const row = (await db
      .get('SELECT pull_gen FROM turso_sync_last_change_id WHERE client_id = ?', clientId)
      .catch(() => undefined)) as { pull_gen: number } | undefined;
    pullGen = row?.pull_gen ?? 0;
  }
  return { pullGen, maxChangeId: max?.m ?? 0 };
}

export interface ServerSyncPosition {
  pullGen: number;
  changeId: number;
}

/** What the server has recorded for `clientId`, or null when it has nothing for it. */
export async function readServerSyncPosition(
  server: ServerDatabaseOptions,
  clientId: string,
): Promise<ServerSyncPosition | null> {
  // Loaded here, not with the module: the database worker threads read this file and never the server.
  const { withServerDatabase } = await import('../server/connection');
  return withServerDatabase(server, async (client) => {
    try {
      const result = await client.execute({
        sql: 'SELECT pull_gen, change_id FROM turso_sync_last_change_id WHERE client_id = ?',
        args: [clientId],
      });
      const row = result.rows[0];
      if (!row) return null;
      return { pullGen: Number(row.pull_gen), changeId: Number(row.change_id) };
    } catch (error) {
      // A server no client has pushed to yet has no such table.
      if (error instanceof Error && /no such table/i.test(error.message)) return null;
      throw error;
    }
  });
}

/**
 * Past any id the server can have recorded for this client since the copy was
 * taken: a device writes far fewer changes than this between two pulls.
 */
export const CHANGE_ID_HEADROOM = 1_000_000_000;

const COMMIT_MARKER = 2;

/**
 * Moves the change log's next id past `above`. New changes then never reuse
 * an id the server already counts as applied for this client, which would
 * make a push skip them. The marker row is a commit marker: push and pull
 * step over those.
 */
export async function moveChangeIdsPast(
  database: Pick<AppDatabase, 'client'>,
  above: number,
): Promise<void> {
  await database.client.run(
    `INSERT INTO turso_cdc (change_id, change_time, change_type, table_name, id)
     VALUES (?, CAST(strftime('%s','now') AS INTEGER), ${String(COMMIT_MARKER)}, NULL, NULL)`,
    above,
  );
}

/** Drops the change log up to `changeId`: the server already has every one of those changes. */
export async function dropChangesUpTo(
  database: Pick<AppDatabase, 'client'>,
  changeId: number,
): Promise<void> {
  await database.client.run('DELETE FROM turso_cdc WHERE change_id <= ?', changeId);
}
