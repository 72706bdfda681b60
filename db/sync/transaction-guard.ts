import { ApiError } from '@shared/api/result';
import {
  estimatePushBodyBytes,
  MAX_TRANSACTION_BYTES,
  SEAL_AFTER_FAT_BYTES,
  THIN_ROW_CHANGE_BYTES,
  transactionTooLargeMessage,
} from '@shared/sync/push-limits';
import type { SyncClient } from '../client';
import type { SqlTransaction } from '../transaction';
import {
  canSeal,
  changeLogMarkIn,
  changeSetSinceIn,
  fatBytesSinceLastSeal,
  writePushSeal,
} from './push-seal';

/**
 * The bounds every transaction on the local database keeps, so no push
 * request can grow past `MAX_REQUEST_BYTES` (shared/sync/push-limits.ts):
 * measured from the change log just before COMMIT, a transaction over the
 * limit is rolled back with `TransactionTooLargeError`, and one that brings
 * the fat row changes since the last seal to the budget carries a seal.
 */
export interface TransactionLimits {
  maxTransactionBytes: number;
  thinRowChangeBytes: number;
  sealAfterFatBytes: number;
}

export const DEFAULT_TRANSACTION_LIMITS: TransactionLimits = {
  maxTransactionBytes: MAX_TRANSACTION_BYTES,
  thinRowChangeBytes: THIN_ROW_CHANGE_BYTES,
  sealAfterFatBytes: SEAL_AFTER_FAT_BYTES,
};

/** A write refused because its one transaction would make a push request too large. Nothing was saved. */
export class TransactionTooLargeError extends ApiError {
  constructor(
    readonly estimatedBytes: number,
    readonly rowChanges: number,
    readonly limitBytes: number,
  ) {
    super('VALIDATION', transactionTooLargeMessage(estimatedBytes, rowChanges, limitBytes));
    this.name = 'TransactionTooLargeError';
  }
}

interface GuardState {
  limits: TransactionLimits;
  /** False on a database without the seal table (older than migration 41). */
  sealable: boolean;
  /** Estimated bytes of fat row changes committed since the last seal. */
  fatSinceSeal: number;
}

const states = new WeakMap<SyncClient, GuardState>();

function stateOf(client: SyncClient): GuardState {
  let state = states.get(client);
  if (!state) {
    state = { limits: DEFAULT_TRANSACTION_LIMITS, sealable: false, fatSinceSeal: 0 };
    states.set(client, state);
  }
  return state;
}

/**
 * Sets the guard up on a freshly opened, migrated database: its limits, and
 * the fat bytes a previous run left waiting since its last seal.
 */
export async function primeTransactionGuard(
  client: SyncClient,
  limits: Partial<TransactionLimits> = {},
): Promise<void> {
  const state = stateOf(client);
  state.limits = { ...DEFAULT_TRANSACTION_LIMITS, ...limits };
  state.sealable = await canSeal(client);
  state.fatSinceSeal = state.sealable
    ? await fatBytesSinceLastSeal(client, state.limits.thinRowChangeBytes).catch(() => 0)
    : 0;
}

/** One transaction's side of the guard: a mark after BEGIN, a check before COMMIT. */
export interface GuardedTransaction {
  /** Measures what the transaction wrote; throws when too large, else adds a seal when one is due. */
  beforeCommit(sql: SqlTransaction): Promise<void>;
  /** The transaction did not commit: the count since the last seal goes back to what it was. */
  rolledBack(): void;
}

export async function guardTransaction(
  client: SyncClient,
  sql: SqlTransaction,
): Promise<GuardedTransaction> {
  const state = stateOf(client);
  const mark = await changeLogMarkIn(sql);
  const before = state.fatSinceSeal;
  return {
    async beforeCommit(tx) {
      if (mark === null) return;
      const size = await changeSetSinceIn(tx, mark, state.limits.thinRowChangeBytes);
      if (size.rowChanges === 0) return;
      const estimated = estimatePushBodyBytes(size);
      if (estimated > state.limits.maxTransactionBytes) {
        throw new TransactionTooLargeError(
          estimated,
          size.rowChanges,
          state.limits.maxTransactionBytes,
        );
      }
      const fat = before + size.fatBytes;
      if (state.sealable && fat >= state.limits.sealAfterFatBytes) {
        await writePushSeal(tx);
        state.fatSinceSeal = 0;
      } else {
        state.fatSinceSeal = fat;
      }
    },
    rolledBack() {
      state.fatSinceSeal = before;
    },
  };
}
