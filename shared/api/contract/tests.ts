import { z } from 'zod';
import { difficultySchema, questionTypeSchema } from '../../domain/questions';
import { AUTHORING_ROLES } from '../../domain/roles';
import {
  type PublishProblem,
  type TestDetail,
  testSettingsSchema,
  testStatusSchema,
  type TestSummary,
} from '../../domain/tests';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

const byId = z.object({ id: idSchema }).strict();

export const testsMethods = {
  'tests.list': defineMethod<TestSummary[]>()({
    input: z.object({ status: testStatusSchema.optional() }).strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

  'tests.get': defineMethod<TestDetail>()({
    input: z.object({ id: idSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

  'tests.create': defineMethod<TestDetail>()({
    input: z.object({ settings: testSettingsSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  'tests.update': defineMethod<TestDetail>()({
    input: z.object({ id: idSchema, settings: testSettingsSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  'tests.setQuestions': defineMethod<TestDetail>()({
    input: z
      .object({
        id: idSchema,
        questions: z
          .array(
            z
              .object({
                questionId: idSchema,
                marks: z.number().min(0, 'marks cannot be negative').max(1_000),
                /** Ties a description and the questions after it that refer to it. */
                groupId: z
                  .string()
                  .trim()
                  .min(1, 'a group id cannot be blank')
                  .max(40, 'a group id is at most 40 characters')
                  .nullable()
                  .optional(),
              })
              .strict(),
          )
          .max(1_000)
          .refine(
            (list) => new Set(list.map((q) => q.questionId)).size === list.length,
            'a question is listed twice',
          ),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  'tests.checkPublish': defineMethod<{ problems: PublishProblem[] }>()({
    input: byId,
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

  'tests.publish': defineMethod<TestDetail>()({
    input: byId,
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  /** Published -> closed (no new attempts), or archived -> closed (unarchive). */
  'tests.close': defineMethod<TestDetail>()({
    input: byId,
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  'tests.archive': defineMethod<TestDetail>()({
    input: byId,
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  'tests.duplicate': defineMethod<TestDetail>()({
    input: byId,
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  'tests.delete': defineMethod<{ id: string }>()({
    input: byId,
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  'tests.drawRandom': defineMethod<TestDetail>()({
    input: z
      .object({
        id: idSchema,
        count: z.number().int().min(1, 'draw at least one question').max(500),
        tag: z.string().trim().min(1).max(60).optional(),
        difficulty: difficultySchema.optional(),
        type: questionTypeSchema.optional(),
        marks: z.number().positive('marks must be more than 0').max(1_000).optional(),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
} as const;
