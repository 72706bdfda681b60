import { Database, type DatabaseOpts } from '@tursodatabase/sync';
import { makeDatabaseFilesPrivate } from './database-files';

/**
 * Keeps the engine's own file work (push, pull, checkpoint) and a snapshot
 * apart. Push, pull and checkpoint rewrite the sync metadata, the revert WAL
 * and the main file; a snapshot copies those files and must see them still.
 * SQL is not gated: a commit only appends to the WAL, which a snapshot copies
 * last and reads up to its last whole commit.
 */
export class SyncGate {
  private running = 0;
  private held: Promise<void> | null = null;
  private drained: (() => void) | null = null;

  /** Runs one sync operation; waits while a snapshot holds the gate. */
  async shared<T>(operation: () => Promise<T>): Promise<T> {
    while (this.held) await this.held;
    this.running += 1;
    try {
      return await operation();
    } finally {
      this.running -= 1;
      if (this.running === 0) this.drained?.();
    }
  }

  /**
   * Runs `work` once no sync operation is under way, and starts none until it
   * ends. A sync operation asked for meanwhile waits (a long-polling pull that
   * is already running is waited for).
   */
  async exclusively<T>(work: () => Promise<T>): Promise<T> {
    while (this.held) await this.held;
    let release: () => void = () => undefined;
    this.held = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      if (this.running > 0) {
        await new Promise<void>((resolve) => {
          this.drained = resolve;
        });
      }
      this.drained = null;
      return await work();
    } finally {
      this.held = null;
      release();
    }
  }
}

/**
 * The sync database with its push, pull and checkpoint passing through a
 * gate. Those rewrite the sync metadata and revert WAL as new files (made
 * with the process's umask), so each ends by making the files owner-only again.
 */
export class GatedSyncDatabase extends Database {
  readonly gate = new SyncGate();
  private readonly checkpointed = new Set<() => void>();
  private readonly path: string;

  constructor(opts: DatabaseOpts) {
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
      return await this.gate.shared(() => super.pull());
    } finally {
      makeDatabaseFilesPrivate(this.path);
    }
  }

  override async push(): Promise<void> {
    try {
      await this.gate.shared(() => super.push());
    } finally {
      makeDatabaseFilesPrivate(this.path);
    }
  }

  override async checkpoint(): Promise<void> {
    try {
      await this.gate.shared(() => super.checkpoint());
    } finally {
      makeDatabaseFilesPrivate(this.path);
    }
    for (const listener of this.checkpointed) listener();
  }
}
