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
/**
 * A push or pull refused because the schema changed after the database opened
 * with a push transform (see ./compact-push.ts): the engine 0.7.2 cannot hand
 * a schema change to a transform and would end the process. The app changes
 * its schema only in the migrations at open, so this is a safety net; at the
 * next start the change is pushed with the engine's own statements.
 */
export class SchemaChangedSinceOpenError extends Error {
  constructor() {
    super('The database schema changed after it was opened; sync resumes once the app restarts.');
    this.name = 'SchemaChangedSinceOpenError';
  }
}

export class GatedSyncDatabase extends Database {
  private readonly checkpointed = new Set<() => void>();
  private readonly path: string;
  /** The schema version a push or pull must still find, while pushes go through a transform. */
  private schemaAsOpened: number | null = null;

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

  /**
   * From now on a push or pull fails with `SchemaChangedSinceOpenError` if a
   * schema change was made here since (one pulled from the server is not this
   * database's change and moves the mark along).
   */
  async keepSchemaAsOpened(): Promise<void> {
    this.schemaAsOpened = await this.schemaVersion();
  }

  private async schemaVersion(): Promise<number> {
    const row = (await super.get('PRAGMA schema_version')) as { schema_version: number };
    return row.schema_version;
  }

  private async refuseChangedSchema(): Promise<void> {
    if (this.schemaAsOpened === null) return;
    if ((await this.schemaVersion()) !== this.schemaAsOpened) {
      throw new SchemaChangedSinceOpenError();
    }
  }

  override async pull(): Promise<boolean> {
    try {
      return await this.gate.pull(async () => {
        await this.refuseChangedSchema();
        try {
          return await super.pull();
        } finally {
          // Checked just before: whatever changed the schema since came from the server.
          if (this.schemaAsOpened !== null) this.schemaAsOpened = await this.schemaVersion();
        }
      });
    } finally {
      makeDatabaseFilesPrivate(this.path);
    }
  }

  override async push(): Promise<void> {
    try {
      await this.gate.push(async () => {
        await this.refuseChangedSchema();
        await super.push();
      });
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
