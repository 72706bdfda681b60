import { z } from 'zod';
import type { IssuedCode, ProctorAttempt, ProctorTest } from '../../domain/exam';
import type { GuessKind } from '../../auth/guess-policy';
import { PROCTORING_ROLES } from '../../domain/roles';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

const reasonSchema = z
  .string()
  .trim()
  .min(1, 'say why, for the audit trail')
  .max(500, 'keep the reason under 500 characters');

/** A lockout after too many wrong passwords, PINs or codes on one of the centre's computers. */
export interface ProctorLockout {
  kind: GuessKind;
  deviceId: string;
  deviceName: string | null;
  onThisDevice: boolean;
  /** The person locked out of signing in, or the student whose resume code was guessed. */
  personName: string | null;
  /** The test whose start code (or whose attempt's resume code) was guessed. */
  testName: string | null;
  /** Lockouts in a row on that computer (each lasts twice the one before, up to a cap). */
  lockouts: number;
  lastLockedAt: string;
  /** When the last lock was expected to end (wall clock, as that computer saw it). */
  lockedUntil: string | null;
}

export const proctorMethods = {
  /** Attempts in progress here or synced from the centre's devices, and those ended today. */
  'proctor.attempts': defineMethod<ProctorAttempt[]>()({
    input: z.object({}).strict(),
    roles: PROCTORING_ROLES,
    mutates: false,
  }),

  'proctor.tests': defineMethod<ProctorTest[]>()({
    input: z.object({}).strict(),
    roles: PROCTORING_ROLES,
    mutates: false,
  }),

  /** Lockouts of the last 12 hours on any of the centre's computers: someone guessing. */
  'proctor.lockouts': defineMethod<ProctorLockout[]>()({
    input: z.object({}).strict(),
    roles: PROCTORING_ROLES,
    mutates: false,
  }),

  'proctor.extendTime': defineMethod<ProctorAttempt>()({
    input: z
      .object({
        attemptId: idSchema,
        minutes: z
          .number({ error: 'enter a number of minutes' })
          .int('whole minutes only')
          .min(1, 'at least 1 minute')
          .max(600, 'at most 600 minutes'),
        reason: reasonSchema,
      })
      .strict(),
    roles: PROCTORING_ROLES,
    mutates: true,
  }),

  /** A one-time code that lets a crashed attempt resume (on this or another computer). */
  'proctor.issueResumeCode': defineMethod<IssuedCode>()({
    input: z.object({ attemptId: idSchema }).strict(),
    roles: PROCTORING_ROLES,
    mutates: true,
  }),

  /** Ends an attempt now; every saved answer is kept and scored. */
  'proctor.endAttempt': defineMethod<ProctorAttempt>()({
    input: z.object({ attemptId: idSchema, reason: reasonSchema }).strict(),
    roles: PROCTORING_ROLES,
    mutates: true,
  }),

  /** A new start code for a published test; the previous one stops working. */
  'proctor.issueStartCode': defineMethod<IssuedCode>()({
    input: z.object({ testId: idSchema }).strict(),
    roles: PROCTORING_ROLES,
    mutates: true,
  }),
} as const;
