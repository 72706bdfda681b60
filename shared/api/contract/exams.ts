import { z } from 'zod';
import { attemptStatusSchema, type AttemptSummary } from '../../domain/attempts';
import type { AvailableTest } from '../../domain/delivery';
import {
  type ExamResult,
  type ExamSession,
  reportedIntegrityKindSchema,
  type PlayReceipt,
  type SaveReceipt,
} from '../../domain/exam';
import { mediaHashSchema } from './media';
import { answerValueSchema } from '../../domain/questions';
import type { AttemptOutcome } from '../../review/attempt-outcome';
import { ALL_ROLES } from '../../domain/roles';
import { idSchema } from '../../ids';
import { OPEN_DURING_AN_EXAM } from '../../domain/write-access';
import { defineMethod } from '../define';

const STUDENT = ['student'] as const;

/** Start, resume and PIN codes are digits; spaces and dashes a person types are dropped. */
export const codeSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{4,12}$/, 'enter the digits the proctor gave you'));

export const examsMethods = {
  'exams.available': defineMethod<AvailableTest[]>()({
    input: z.object({}).strict(),
    roles: STUDENT,
    mutates: false,
  }),

  /** Starts an attempt (or returns the one in progress): draws the paper and starts the clock. */
  'exams.start': defineMethod<ExamSession>()({
    input: z.object({ testId: idSchema, startCode: codeSchema.optional() }).strict(),
    roles: STUDENT,
    mutates: true,
    // A lapsed subscription still lets students sit exams that are already published.
    openWhen: ['lapsed'],
  }),

  /** The attempt in progress, as it was: same paper, saved answers, time left. */
  'exams.resume': defineMethod<ExamSession>()({
    input: z.object({ attemptId: idSchema, resumeCode: codeSchema.optional() }).strict(),
    roles: STUDENT,
    mutates: true,
    openWhen: OPEN_DURING_AN_EXAM,
  }),

  /** Saves one answer and/or its review flag; answers only after the local commit. */
  'exams.saveAnswer': defineMethod<SaveReceipt>()({
    input: z
      .object({
        attemptId: idSchema,
        questionId: idSchema,
        /** Omitted: only the flag changes. Null: the answer is cleared. */
        answer: answerValueSchema.nullable().optional(),
        flagged: z.boolean().optional(),
      })
      .strict()
      .refine((v) => v.answer !== undefined || v.flagged !== undefined, {
        message: 'send an answer or a flag',
        path: ['answer'],
      }),
    roles: STUDENT,
    mutates: true,
    openWhen: OPEN_DURING_AN_EXAM,
  }),

  'exams.submit': defineMethod<ExamResult>()({
    input: z.object({ attemptId: idSchema }).strict(),
    roles: STUDENT,
    mutates: true,
    openWhen: OPEN_DURING_AN_EXAM,
    // The finished attempt goes to the server as soon as it can.
    push: 'now',
  }),

  /** The result screen, by the test's settings (score now, or awaiting grading). */
  'exams.result': defineMethod<ExamResult>()({
    input: z.object({ attemptId: idSchema }).strict(),
    roles: STUDENT,
    mutates: false,
  }),

  /**
   * A finished attempt as its student may see it: score and pass or fail by
   * the test's score release, and the per-question review (answer, marks,
   * key, feedback) only when the test releases it.
   */
  'exams.review': defineMethod<AttemptOutcome>()({
    input: z.object({ attemptId: idSchema }).strict(),
    roles: STUDENT,
    mutates: false,
  }),

  /**
   * The student started a question's audio clip: counted in main and kept
   * like a save, so a play limit (listening items) holds through a crash.
   * Refused once the question's plays are used up.
   */
  'exams.recordPlay': defineMethod<PlayReceipt>()({
    input: z.object({ attemptId: idSchema, questionId: idSchema, hash: mediaHashSchema }).strict(),
    roles: STUDENT,
    mutates: true,
    openWhen: OPEN_DURING_AN_EXAM,
  }),

  /** Focus loss and the like, seen by the exam page. */
  'exams.reportIntegrity': defineMethod<null>()({
    input: z
      .object({
        attemptId: idSchema,
        kind: reportedIntegrityKindSchema,
        detail: z.string().max(500).optional(),
      })
      .strict(),
    roles: STUDENT,
    mutates: true,
    openWhen: OPEN_DURING_AN_EXAM,
  }),

  /** A proctor types their PIN on the student's computer to let the locked exam close. */
  'exams.unlockQuit': defineMethod<{ unlocked: true }>()({
    input: z.object({ pin: codeSchema }).strict(),
    roles: STUDENT,
    mutates: true,
    openWhen: OPEN_DURING_AN_EXAM,
  }),

  'exams.attempts': defineMethod<AttemptSummary[]>()({
    input: z
      .object({
        testId: idSchema.optional(),
        studentId: idSchema.optional(),
        status: attemptStatusSchema.optional(),
      })
      .strict(),
    roles: ALL_ROLES,
    mutates: false,
  }),

  'exams.attempt': defineMethod<AttemptSummary>()({
    input: z.object({ id: idSchema }).strict(),
    roles: ALL_ROLES,
    mutates: false,
  }),
} as const;
