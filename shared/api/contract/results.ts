import { z } from 'zod';
import { attemptStatusSchema, type AttemptSummary } from '../../domain/attempts';
import { ALL_ROLES } from '../../domain/roles';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

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
} as const;
