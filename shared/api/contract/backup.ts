import { z } from 'zod';
import type { RescueImportResult, RestoreResult, SnapshotSummary } from '../../domain/backup';
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
