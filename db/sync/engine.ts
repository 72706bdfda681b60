import type { ChangeSetSize } from '@shared/sync/push-limits';
import { withRetry, WRITE_RETRY } from '../retry';
import { noteBankPulled } from '../search/bank-search';
import type { DatabaseSlot } from '../slot';
import {
  changeLogMark,
  pendingChangeRows,
  readLocalSyncState,
  type LocalSyncState,
  type PendingChangeRow,
  type PendingCount,
} from './change-log';
import {
  countPushedRowChangesAfter,
  heaviestTransactionAfter,
  measurePushedChangesAfter,
  pendingStartsAfter,
  type PendingTransaction,
} from './push-backlog';
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
  /**
   * Unsent changes and WAL size (see ./change-log.ts). With `memo`, a count
   * goes on from the last one instead of walking the whole waiting tail.
   */
  localState(memo?: { last: PendingCount | null }): Promise<LocalSyncState>;
  /** The WAL's size alone, cheap enough to read while saves stream in. */
  walBytes(): Promise<number>;
  /** Everything waiting to be pushed, counted and weighed (see ./push-backlog.ts). */
  pendingChangeSet(): Promise<ChangeSetSize>;
  /** The waiting transaction that `weigh` finds heaviest; null when nothing waits. */
  heaviestPendingTransaction(
    weigh: (size: ChangeSetSize) => number,
  ): Promise<PendingTransaction | null>;
  /** Row changes after a change id that a push sends (the rest of a push after a batch). */
  pushedRowChangesAfter(changeId: number): Promise<number>;
  pendingChangeRows(): Promise<PendingChangeRow[]>;
  changeLogMark(): Promise<number>;
  snapshotTable(tableName: string): Promise<TableSnapshot | null>;
  idsStillPresent(table: string, ids: readonly string[]): Promise<Set<string>>;
}

/**
 * The engine calls of the database in the slot. Push, pull and checkpoint
 * pass the database's write gate (../write-gate.ts, by way of the gated
 * client): pulls apply and checkpoints run between the app's transactions,
 * never against one, and none runs while a snapshot copies the files.
 */
export function syncEngineOf(slot: DatabaseSlot): SyncEngine {
  const client = () => slot.current().client;
  const pendingAfter = async () =>
    pendingStartsAfter(client(), (await client().stats()).cdcOperations);
  return {
    push: () => client().push(),
    pull: async () => {
      const changed = await client().pull();
      // A pull can change any question; the bank's search index checks them before the next search.
      if (changed) noteBankPulled(slot.current().db);
      return changed;
    },
    // A reader can still hold the WAL for a moment; each try takes the gate afresh, letting saves by.
    checkpoint: () => withRetry(WRITE_RETRY, () => client().checkpoint()),
    localState: (memo) => readLocalSyncState(client(), memo),
    walBytes: async () => (await client().stats()).mainWalSize,
    pendingChangeSet: async () => measurePushedChangesAfter(client(), await pendingAfter()),
    heaviestPendingTransaction: async (weigh) =>
      heaviestTransactionAfter(client(), await pendingAfter(), weigh),
    pushedRowChangesAfter: (changeId) => countPushedRowChangesAfter(client(), changeId),
    pendingChangeRows: () => pendingChangeRows(client()),
    changeLogMark: () => changeLogMark(client()),
    snapshotTable: (tableName) => snapshotTable(client(), tableName),
    idsStillPresent: (table, ids) => idsStillPresent(client(), table, ids),
  };
}
