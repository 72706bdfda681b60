import type { Transaction } from '@tursodatabase/sync';
import { SQLiteDialect } from 'drizzle-orm/sqlite-core';
import {
  TursoDatabaseSyncSession,
  TursoDatabaseSyncTransaction,
  tursoDatabaseSyncCodecs,
} from 'drizzle-orm/tursodatabase-sync';
import type { Db, SyncClient } from './client';
import { finalizedStatements } from './finalized-statements';
import { withRetry, WRITE_RETRY, type RetryPolicy } from './retry';
import { guardTransaction, type GuardedTransaction } from './sync/transaction-guard';
import type { WriteGate } from './write-gate';

/** An open transaction on the raw client: plain SQL, run on the connection the transaction holds. */
export type SqlTransaction = Transaction;

/** One open transaction, as drizzle (for repository functions) and as plain SQL (the hot paths). */
export interface Tx {
  readonly db: Db;
  readonly sql: SqlTransaction;
}

/** Runs work in one transaction on the database as it is now: it commits if the work resolves. */
export type TransactionRunner = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

// The same dialect drizzle() builds for this driver: default codecs, no JIT mappers.
const dialect = new SQLiteDialect({ codecs: tursoDatabaseSyncCodecs });

/**
 * drizzle over a raw transaction, as drizzle's own `transaction()` builds it
 * for this driver; made on first use, so a transaction that only runs plain
 * SQL (the answer save) never pays for it.
 */
function txOver(sql: SqlTransaction): Tx {
  let db: Db | null = null;
  return {
    sql,
    get db(): Db {
      db ??= new TursoDatabaseSyncTransaction(
        'async',
        dialect,
        new TursoDatabaseSyncSession(finalizedStatements(sql), dialect, {}, {}),
        {},
      );
      return db;
    },
  };
}

/** A database as the transaction runner needs it: the client and its write gate. */
export interface GatedClient {
  client: SyncClient;
  gate: WriteGate;
}

/**
 * The transaction runner on a database: the raw transaction comes first, so
 * drizzle queries and plain SQL in one unit of work share one BEGIN..COMMIT.
 * Each transaction holds the database's write gate as its one writer (so it
 * never meets a pull's apply or a checkpoint), begins IMMEDIATE (it holds
 * the write lock from its first read, so no other writer can make what it
 * read stale), and is measured before it commits (./sync/transaction-guard.ts):
 * one too large to push is rolled back with `TransactionTooLargeError`. It is
 * run again from the start, within the retry policy, when the engine answers
 * that another writer got there first. Work must therefore be safe to run
 * twice: it only reads and writes through the transaction it is given.
 */
export function transactionRunner(
  database: () => GatedClient,
  retry: RetryPolicy = WRITE_RETRY,
): TransactionRunner {
  return <T>(work: (tx: Tx) => Promise<T>): Promise<T> =>
    withRetry(retry, () => {
      const { client, gate } = database();
      return gate.write(() => guardedTransaction(client, work));
    });
}

/** One try: BEGIN IMMEDIATE, the work, the guard's measure, COMMIT; the guard's count put back if it did not commit. */
async function guardedTransaction<T>(client: SyncClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  const open: { guard: GuardedTransaction | null } = { guard: null };
  try {
    return await client
      .transactionAsync(async (sql: SqlTransaction) => {
        const guard = await guardTransaction(client, sql);
        open.guard = guard;
        const value = await work(txOver(sql));
        await guard.beforeCommit(sql);
        return value;
      })
      .immediate();
  } catch (error) {
    open.guard?.rolledBack();
    throw error;
  }
}
