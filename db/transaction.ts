import type { Transaction } from '@tursodatabase/sync';
import { SQLiteDialect } from 'drizzle-orm/sqlite-core';
import {
  TursoDatabaseSyncSession,
  TursoDatabaseSyncTransaction,
  tursoDatabaseSyncCodecs,
} from 'drizzle-orm/tursodatabase-sync';
import type { Db, SyncClient } from './client';

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
 */
export function transactionRunner(client: () => SyncClient): TransactionRunner {
  return <T>(work: (tx: Tx) => Promise<T>): Promise<T> =>
    client().transactionAsync(async (sql: SqlTransaction) => work(txOver(sql)))();
}
