import type { Database } from '@tursodatabase/sync';
import type { SQLiteAsyncDatabase } from 'drizzle-orm/sqlite-core';
import type { TursoDatabaseSyncRunResult } from 'drizzle-orm/tursodatabase-sync';

/** The raw Turso Sync database: push, pull, stats, checkpoint. */
export type SyncClient = Database;

/**
 * A drizzle handle on the local database, or on an open transaction of it.
 * Repositories take this, so the same function runs inside or outside a transaction.
 */
export type Db = SQLiteAsyncDatabase<'async', TursoDatabaseSyncRunResult>;
