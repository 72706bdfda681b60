import { z } from 'zod';
import type { GradingItem } from '../../domain/results';
import { AUTHORING_ROLES } from '../../domain/roles';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

export const gradingMethods = {
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
} as const;
