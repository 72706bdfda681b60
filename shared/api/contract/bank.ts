import { z } from 'zod';
import type { QuestionRecord, QuestionSummary, QuestionVersionRecord } from '../../domain/bank';
import {
  difficultySchema,
  questionContentSchema,
  questionTypeSchema,
} from '../../domain/questions';
import { AUTHORING_ROLES } from '../../domain/roles';
import {
  testSettingsSchema,
  testStatusSchema,
  type PublishProblem,
  type TestDetail,
  type TestSummary,
} from '../../domain/tests';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

export const questionFilterSchema = z
  .object({
    search: z.string().max(200).optional(),
    type: questionTypeSchema.optional(),
    difficulty: difficultySchema.optional(),
    tag: z.string().max(60).optional(),
    testId: idSchema.optional(),
    state: z.enum(['live', 'deleted', 'all']).optional(),
    limit: z.number().int().min(1).max(1_000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();

const byId = z.object({ id: idSchema }).strict();

export const bankMethods = {
  'questions.list': defineMethod<{ items: QuestionSummary[]; total: number }>()({
    input: questionFilterSchema,
    roles: AUTHORING_ROLES,
    mutates: false,
  }),
  'questions.get': defineMethod<QuestionRecord>()({
    input: z.object({ id: idSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),
  'questions.versions': defineMethod<QuestionVersionRecord[]>()({
    input: z.object({ id: idSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),
  'questions.create': defineMethod<QuestionRecord>()({
    input: z.object({ content: questionContentSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
  'questions.update': defineMethod<QuestionRecord>()({
    input: z
      .object({
        id: idSchema,
        /** The version the author edited; a newer head means someone else saved meanwhile. */
        baseVersion: z.number().int().min(1),
        content: questionContentSchema,
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
  'questions.delete': defineMethod<QuestionRecord>()({
    input: z.object({ id: idSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
  'questions.restore': defineMethod<QuestionRecord>()({
    input: z.object({ id: idSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
  'questions.duplicate': defineMethod<QuestionRecord>()({
    input: z.object({ id: idSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
  'questions.tags': defineMethod<Array<{ tag: string; count: number }>>()({
    input: z.object({}).strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

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
