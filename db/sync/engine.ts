import { withRetry, WRITE_RETRY } from '../retry';
import type { DatabaseSlot } from '../slot';
import {
  changeLogMark,
  pendingChangeRows,
  readLocalSyncState,
  type LocalSyncState,
  type PendingChangeRow,
} from './change-log';
import { idsStillPresent, snapshotTable, type TableSnapshot } from './set-aside-snapshot';

/**
 * The local database as sync sees it: the engine's own calls (push, pull,
 * checkpoint, stats) and the reads of its change log and tables, each on the
 * database as it is now. The sync runner and the sync service hold this,
 * never the raw client.
 */
export interface SyncEngine {
  push(): Promise<void>;
  /** True when the pull brought changes. */
  pull(): Promise<boolean>;
  /** Folds the WAL into the database file. */
  checkpoint(): Promise<void>;
  /** Unsent changes and WAL size (see ./change-log.ts). */
  localState(): Promise<LocalSyncState>;
  pendingChangeRows(): Promise<PendingChangeRow[]>;
  changeLogMark(): Promise<number>;
  snapshotTable(tableName: string): Promise<TableSnapshot | null>;
  idsStillPresent(table: string, ids: readonly string[]): Promise<Set<string>>;
}

/**
 * The engine calls of the database in the slot, each in its place in the
 * database's engine order (see ./engine-order.ts): pulls apply and
 * checkpoints run between the app's transactions, never against one.
 */
export function syncEngineOf(slot: DatabaseSlot): SyncEngine {
  const client = () => slot.current().client;
  const order = () => slot.current().engineOrder;
  return {
    push: () => order().push(() => client().push()),
    pull: () => order().pull(() => client().pull()),
    // A reader can still hold the WAL for a moment; each try takes the gate afresh, letting saves by.
    checkpoint: () => withRetry(WRITE_RETRY, () => order().checkpoint(() => client().checkpoint())),
    localState: () => readLocalSyncState(client()),
    pendingChangeRows: () => pendingChangeRows(client()),
    changeLogMark: () => changeLogMark(client()),
    snapshotTable: (tableName) => snapshotTable(client(), tableName),
    idsStillPresent: (table, ids) => idsStillPresent(client(), table, ids),
  };
}
