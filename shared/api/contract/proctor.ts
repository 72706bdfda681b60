import { z } from 'zod';
import type { IssuedCode, ProctorAttempt, ProctorTest } from '../../domain/exam';
import { PROCTORING_ROLES } from '../../domain/roles';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

const reasonSchema = z
  .string()
  .trim()
  .min(1, 'say why, for the audit trail')
  .max(500, 'keep the reason under 500 characters');

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
