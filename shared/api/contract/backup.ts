import { z } from 'zod';
import type {
  RescueImportResult,
  RescueWriteResult,
  RestoreResult,
  SnapshotSummary,
} from '../../domain/backup';
import { defineMethod } from '../define';

const ADMIN = ['admin'] as const;
const empty = z.object({}).strict();

/** The largest rescue file accepted (a lab computer's unsynced day fits many times over). */
export const MAX_RESCUE_FILE_CHARS = 200_000_000;

const snapshotName = z
  .string({ error: 'the snapshot name is missing' })
  .regex(/^[0-9A-Za-z-]{1,120}$/, 'There is no snapshot of that name on this computer');

/**
 * Backup and recovery on this computer: local snapshots of the database,
 * restoring one, and importing a rescue file written from a dead computer's
 * data folder (`npm run rescue`).
 */
export const backupMethods = {
  'backup.snapshots': defineMethod<SnapshotSummary[]>()({
    input: empty,
    roles: ADMIN,
    mutates: false,
  }),

  /** Takes a snapshot now, without stopping anything. */
  'backup.snapshot': defineMethod<SnapshotSummary>()({
    input: empty,
    roles: ADMIN,
    mutates: false,
  }),

  /**
   * Replaces this computer's database with a snapshot, after saving the
   * current one as a snapshot; everyone signs in again. Refused while an exam
   * runs here. Audited in the restored database.
   */
  'backup.restore': defineMethod<RestoreResult>()({
    input: z.object({ name: snapshotName }).strict(),
    roles: ADMIN,
    mutates: true,
    openWhen: ['outdated', 'inactive', 'lapsed'],
  }),

  /**
   * Writes a signed rescue file of the unsent answers and attempts of this
   * computer (read from a snapshot taken now) or of another computer's data
   * folder. The desktop app asks for the folder and where to save in its own
   * dialogs, so a typed `folder` is refused there; the browser preview has no
   * dialogs, takes a typed folder and hands the file back to download.
   * Audited as `rescue.export`.
   */
  'backup.writeRescue': defineMethod<RescueWriteResult>()({
    input: z.discriminatedUnion(
      'from',
      [
        z.object({ from: z.literal('this-computer') }).strict(),
        z
          .object({
            from: z.literal('folder'),
            folder: z
              .string({ error: 'the data folder must be a path' })
              .trim()
              .min(1, 'the data folder is empty')
              .max(4096, 'the data folder path is too long')
              .optional(),
          })
          .strict(),
      ],
      { error: 'say where to read from: this computer or another data folder' },
    ),
    roles: ADMIN,
    mutates: true,
    // Rescuing answers is never refused: not on a lapsed plan, not on a database newer than the app.
    openWhen: ['outdated', 'inactive', 'lapsed'],
  }),

  /** Imports a signed rescue file: once; a second import of the same file changes nothing. */
  'backup.importRescue': defineMethod<RescueImportResult>()({
    input: z
      .object({
        fileText: z
          .string({ error: 'the rescue file is missing' })
          .min(1, 'the rescue file is empty')
          .max(MAX_RESCUE_FILE_CHARS, 'the rescue file is too large'),
      })
      .strict(),
    roles: ADMIN,
    mutates: true,
    openWhen: ['lapsed'],
    push: 'now',
  }),
};
