import type { DataEnv } from './env';
import type { AppDatabase } from './open';
import { transactionRunner } from './transaction';

/**
 * The database the app runs on. Joining an organisation downloads its
 * database and replaces this one, so nothing keeps a handle to it: the data
 * environment, the transaction runner and the sync engine ask the slot for
 * the database as it is now, at each use.
 */
export class DatabaseSlot {
  constructor(private database: AppDatabase) {}

  current(): AppDatabase {
    return this.database;
  }

  /** The enrolment swap; the caller has closed the database it replaces. */
  replace(next: AppDatabase): void {
    this.database = next;
  }
}

/** The data environment's view of the slot: the drizzle handle and the transaction runner, read through it. */
export function dataAccessOf(slot: DatabaseSlot): Pick<DataEnv, 'db' | 'transaction'> {
  return {
    db: () => slot.current().db,
    transaction: transactionRunner(() => slot.current()),
  };
}
