/** Why a snapshot was taken; retention depends on it. */
export const snapshotReasons = [
  'scheduled',
  'manual',
  'pre-migration',
  'pre-enrolment',
  'pre-restore',
  'pre-recovery',
] as const;
export type SnapshotReason = (typeof snapshotReasons)[number];

export interface SnapshotSummary {
  name: string;
  reason: SnapshotReason;
  createdAt: string;
  /** All of its files together. */
  bytes: number;
  /** Opened and checked by the engine when it was taken, and found whole. */
  verified: boolean;
  problems: string[];
  schemaVersion: number;
  /** Rows per table when it was taken. */
  rowCounts: Record<string, number>;
  /** The database had exchanged data with the organisation's server. */
  synced: boolean;
}

/** What restoring did to this computer's sync identity (see the README, Backup and recovery). */
export type RestoredSyncIdentity =
  | 'local-only'
  | 'kept'
  | 'renewed'
  /** Offline at the restore: checked against the server at the next start. */
  | 'check-pending';

export interface RestoreResult {
  restored: string;
  /** The snapshot the database was saved as just before, to undo the restore. */
  keptAs: string;
  rowCounts: Record<string, number>;
  syncIdentity: RestoredSyncIdentity;
  /** Everyone signs in again: the accounts are those of the restored data. */
  signInAgain: boolean;
}

export interface RescueImportResult {
  rescueId: string;
  fromDevice: { id: string; name: string };
  createdAt: string;
  /** Everything in the file was here already: nothing changed. */
  alreadyImported: boolean;
  /** When it was first imported here (this import, or an earlier one). */
  importedAt: string | null;
  /** Per table: rows added, rows updated to the file's newer version, rows left as they were. */
  tables: Record<string, { added: number; updated: number; unchanged: number }>;
}

/** Where a rescue file is read from: this computer's own data, or another computer's data folder. */
export type RescueSource = 'this-computer' | 'folder';

/** What writing a rescue file did. */
export type RescueWriteResult =
  | {
      written: true;
      rescueId: string;
      fromDevice: { id: string; name: string };
      /** Rows per table in the file. */
      counts: Record<string, number>;
      /** What could not be read (the rest was). */
      problems: string[];
      /** The computer never registered its signing key, so other computers will refuse the file. */
      unregisteredKey: boolean;
      /**
       * Saved by the desktop app where the person chose (`savedTo`), or handed
       * back for the browser to download (`fileName` and `fileText`).
       */
      delivery:
        | { kind: 'saved'; savedTo: string }
        | { kind: 'download'; fileName: string; fileText: string };
    }
  /** The person closed the folder or save dialog: nothing was read or written. */
  | { written: false };
