import { z } from 'zod';
import type { SessionInfo } from '../../domain/organisation';
import type { EnrolmentResult, ServerCheck } from '../../domain/sync';
import { STRONG_PASSWORD_MIN_LENGTH } from '../../auth/password-rule';
import {
  deviceNameSchema,
  deviceRoleSchema,
  enrolmentInputSchema,
  MAX_ENROLMENT_FILE_BYTES,
  syncTokenSchema,
  syncUrlSchema,
} from '../../sync/enrolment';
import { newPinSchema } from './auth';
import { defineMethod } from '../define';

/** The enrolment file the centre's IT put in the machine-wide folder, and what became of it. */
export interface ProvisionedEnrolment {
  path: string;
  state: 'enrolling' | 'enrolled' | 'failed';
  /** What went wrong (failed), or which organisation it joined (enrolled). */
  message: string | null;
}

export interface SetupStatus {
  /** True while this computer holds no organisation: the first-run screen is shown. */
  needed: boolean;
  /** The installed app's rules: no demo unless asked for, and a demo is never published. */
  production: boolean;
  /** The organisation on this computer is the demo one (sample data, published passwords). */
  demo: boolean;
  provisioned: ProvisionedEnrolment | null;
  passwordRule: string;
  pinRule: string;
}

const empty = z.object({}).strict();

/**
 * First-run setup of a computer with no organisation: enrol it into its
 * organisation's database, create a new organisation, or open the demo. Every
 * method but `setup.status` is open only until the computer holds an
 * organisation (`firstRun`), and needs no session, since nobody can have one yet.
 */
export const setupMethods = {
  'setup.status': defineMethod<SetupStatus>()({
    input: empty,
    roles: 'public',
    mutates: false,
  }),

  /** Creates the organisation and its first admin, and signs that admin in. */
  'setup.createOrganisation': defineMethod<SessionInfo>()({
    input: z
      .object({
        organisationName: z
          .string()
          .trim()
          .min(1, 'enter the organisation’s name')
          .max(200, 'use at most 200 characters'),
        adminName: z
          .string()
          .trim()
          .min(1, 'enter the admin’s name')
          .max(200, 'use at most 200 characters'),
        adminEmail: z
          .string()
          .trim()
          .min(1, 'enter the admin’s email')
          .max(320)
          .pipe(z.email('enter a valid email address')),
        adminPassword: z
          .string()
          .min(STRONG_PASSWORD_MIN_LENGTH, `use at least ${STRONG_PASSWORD_MIN_LENGTH} characters`)
          .max(200, 'use at most 200 characters'),
        adminPin: newPinSchema,
      })
      .strict(),
    roles: 'public',
    mutates: true,
    firstRun: true,
  }),

  /** Seeds the demo organisation (sample data, published passwords), marked as a demo everywhere. */
  'setup.openDemo': defineMethod<{ organisation: string }>()({
    input: empty,
    roles: 'public',
    mutates: true,
    firstRun: true,
  }),

  'setup.checkServer': defineMethod<ServerCheck>()({
    input: z.object({ url: syncUrlSchema, token: syncTokenSchema }).strict(),
    roles: 'public',
    mutates: false,
    firstRun: true,
  }),

  /** Joins the organisation the server holds; an empty server is refused (nothing to publish). */
  'setup.enrol': defineMethod<EnrolmentResult>()({
    input: enrolmentInputSchema,
    roles: 'public',
    mutates: true,
    firstRun: true,
  }),

  'setup.enrolFromFile': defineMethod<EnrolmentResult>()({
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
    roles: 'public',
    mutates: true,
    firstRun: true,
  }),
} as const;
