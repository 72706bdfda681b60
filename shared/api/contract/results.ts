import { z } from 'zod';
import { attemptStatusSchema, type AttemptSummary } from '../../domain/attempts';
import type { Gradebook, GradingItem, ItemAnalysis, RegradeReport } from '../../domain/results';
import { ALL_ROLES, AUTHORING_ROLES } from '../../domain/roles';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

const byTest = z.object({ testId: idSchema }).strict();

export const resultsMethods = {
  'attempts.list': defineMethod<AttemptSummary[]>()({
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
  'attempts.get': defineMethod<AttemptSummary>()({
    input: z.object({ id: idSchema }).strict(),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'results.gradebook': defineMethod<Gradebook>()({
    input: byTest,
    roles: AUTHORING_ROLES,
    mutates: false,
  }),
  'results.gradebookCsv': defineMethod<{ fileName: string; csv: string }>()({
    input: byTest,
    roles: AUTHORING_ROLES,
    mutates: false,
  }),
  'results.itemAnalysis': defineMethod<ItemAnalysis>()({
    input: byTest,
    roles: AUTHORING_ROLES,
    mutates: false,
  }),
  'grading.queue': defineMethod<GradingItem[]>()({
    input: z
      .object({
        testId: idSchema.optional(),
        includeGraded: z.boolean().optional(),
        anonymous: z.boolean().optional(),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),
  'grading.grade': defineMethod<GradingItem>()({
    input: z
      .object({
        answerId: idSchema,
        marks: z
          .number({ error: 'must be a number' })
          .min(0, 'marks cannot be negative')
          .max(1_000),
        comment: z
          .string()
          .trim()
          .max(5_000, 'use at most 5,000 characters')
          .nullable()
          .default(null),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
  /** What scoring again with the questions' current keys would change. */
  'results.regradePreview': defineMethod<RegradeReport>()({
    input: byTest,
    roles: AUTHORING_ROLES,
    mutates: false,
  }),
  'results.regrade': defineMethod<RegradeReport>()({
    input: byTest,
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
} as const;
