import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/roles';
import type {
  DeviceRecord,
  EnrolmentResult,
  ServerCheck,
  SetAsideRow,
  SyncOverview,
  SyncStatus,
  SyncRun,
  UnsyncedExport,
} from '../../domain/sync';
import { idSchema } from '../../ids';
import {
  deviceNameSchema,
  deviceRoleSchema,
  enrolmentInputSchema,
  MAX_ENROLMENT_FILE_BYTES,
  syncTokenSchema,
  syncUrlSchema,
} from '../../sync/enrolment';
import { defineMethod } from '../define';

const ADMIN = ['admin'] as const;
const empty = z.object({}).strict();

/**
 * Sync: enrolment, status, history, devices, and rows set aside by sync for
 * people to settle; question conflicts are in ./questions. Status also arrives unasked as the `sync.status` event.
 */

export const syncMethods = {
  'sync.status': defineMethod<SyncStatus>()({
    input: empty,
    roles: 'public',
    mutates: false,
  }),

  'sync.overview': defineMethod<SyncOverview>()({
    input: empty,
    roles: STAFF_ROLES,
    mutates: false,
  }),

  /** Pushes, then pulls, now; answers when both are done (or failed). */
  'sync.now': defineMethod<SyncStatus>()({
    input: empty,
    roles: STAFF_ROLES,
    mutates: false,
  }),

  'sync.history': defineMethod<SyncRun[]>()({
    input: z.object({ limit: z.number().int().min(1).max(200).optional() }).strict(),
    roles: STAFF_ROLES,
    mutates: false,
  }),

  'sync.devices': defineMethod<DeviceRecord[]>()({
    input: empty,
    roles: STAFF_ROLES,
    mutates: false,
  }),

  /** Asks the server what enrolling would mean (join or publish), without changing anything. */
  'sync.checkServer': defineMethod<ServerCheck>()({
    input: z.object({ url: syncUrlSchema, token: syncTokenSchema }).strict(),
    roles: ADMIN,
    mutates: false,
  }),

  'sync.enrol': defineMethod<EnrolmentResult>()({
    input: enrolmentInputSchema,
    roles: ADMIN,
    mutates: true,
  }),

  /** The text of an enrolment file (the renderer reads the file the admin picked). */
  'sync.enrolFromFile': defineMethod<EnrolmentResult>()({
    input: z
      .object({
        fileText: z
          .string()
          .min(1, 'the file is empty')
          .max(MAX_ENROLMENT_FILE_BYTES, 'is too large to be an enrolment file'),
        deviceName: deviceNameSchema,
        deviceRole: deviceRoleSchema.optional(),
      })
      .strict(),
    roles: ADMIN,
    mutates: true,
  }),

  /** Refused while changes are unsent, unless they were exported since the last change. */
  'sync.unenrol': defineMethod<{ unenrolledAt: string }>()({
    input: empty,
    roles: ADMIN,
    mutates: true,
  }),

  /** Writes the changes not yet sent to a file in the data folder's `exports/`. */
  'sync.exportUnsynced': defineMethod<UnsyncedExport>()({
    input: empty,
    roles: ADMIN,
    mutates: false,
  }),

  'sync.setAside': defineMethod<SetAsideRow[]>()({
    input: z.object({ includeResolved: z.boolean().optional() }).strict(),
    roles: ADMIN,
    mutates: false,
  }),

  'sync.resolveSetAside': defineMethod<SetAsideRow>()({
    input: z.object({ id: idSchema }).strict(),
    roles: ADMIN,
    mutates: true,
  }),
} as const;
