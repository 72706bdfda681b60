import type { Transaction } from '@tursodatabase/sync';
import { SQLiteDialect } from 'drizzle-orm/sqlite-core';
import {
  TursoDatabaseSyncSession,
  TursoDatabaseSyncTransaction,
  tursoDatabaseSyncCodecs,
} from 'drizzle-orm/tursodatabase-sync';
import type { Db, SyncClient } from './client';
import { guardTransaction, type GuardedTransaction } from './sync/transaction-guard';

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
        new TursoDatabaseSyncSession(sql, dialect, {}, {}),
        {},
      );
      return db;
    },
  };
}

/**
 * The transaction runner on a client: the raw transaction comes first, so
 * drizzle queries and plain SQL in one unit of work share one BEGIN..COMMIT.
 * Every transaction is measured before it commits (./sync/transaction-guard.ts):
 * one too large to push is rolled back with `TransactionTooLargeError`.
 */
export function transactionRunner(client: () => SyncClient): TransactionRunner {
  return async <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    const db = client();
    const open: { guard: GuardedTransaction | null } = { guard: null };
    try {
      return await db.transactionAsync(async (sql: SqlTransaction) => {
        const guard = await guardTransaction(db, sql);
        open.guard = guard;
        const value = await work(txOver(sql));
        await guard.beforeCommit(sql);
        return value;
      })();
    } catch (error) {
      open.guard?.rolledBack();
      throw error;
    }
  };
}
