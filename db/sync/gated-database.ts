import { Database, type DatabaseOpts } from '@tursodatabase/sync';
import { makeDatabaseFilesPrivate } from '../backup/database-files';
import { finalizeKeptReads } from '../kept-read';
import type { WriteGate } from '../write-gate';

/**
 * The sync database with its push, pull and checkpoint passing through the
 * database's write gate (../write-gate.ts), whoever calls them, and its close
 * waiting for every engine call the gate let in (stats included). Those
 * rewrite the sync metadata and revert WAL as new files (made with the
 * process's umask), so each ends by making the files owner-only again.
 */
export class GatedSyncDatabase extends Database {
  private readonly checkpointed = new Set<() => void>();
  private readonly path: string;

  constructor(
    opts: DatabaseOpts,
    readonly gate: WriteGate,
  ) {
    super(opts);
    this.path = opts.path;
  }

  /** Calls `listener` after each checkpoint; answers the function that stops it. */
  onCheckpoint(listener: () => void): () => void {
    this.checkpointed.add(listener);
    return () => this.checkpointed.delete(listener);
  }

  override async pull(): Promise<boolean> {
    try {
      return await this.gate.pull(() => super.pull());
    } finally {
      makeDatabaseFilesPrivate(this.path);
    }
  }

  override async push(): Promise<void> {
    try {
      await this.gate.push(() => super.push());
    } finally {
      makeDatabaseFilesPrivate(this.path);
    }
  }

  override async checkpoint(): Promise<void> {
    try {
      await this.gate.checkpoint(() => super.checkpoint());
    } finally {
      makeDatabaseFilesPrivate(this.path);
    }
    for (const listener of this.checkpointed) listener();
  }

  override async stats(): ReturnType<Database['stats']> {
    return this.gate.engineRead(() => super.stats());
  }

  /**
   * Closes once nothing the gate let in still runs (see `WriteGate.close`),
   * with the database's kept statements finalized first. Then it waits one
   * turn of the event loop: closed in the same turn as an engine read had
   * just answered, the file stayed busy for the next database opened on it
   * in this process (a restart after a crash, a restore).
   */
  override async close(): Promise<void> {
    await this.gate.close();
    await finalizeKeptReads(this);
    await new Promise<void>((resolve) => setImmediate(resolve));
    await super.close();
  }
}
