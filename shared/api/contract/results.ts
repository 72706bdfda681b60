import { z } from 'zod';
import type { Gradebook, ItemAnalysis, RegradeReport } from '../../domain/results';
import { AUTHORING_ROLES } from '../../domain/roles';
import { idSchema } from '../../ids';
import { defineMethod } from '../define';

const byTest = z.object({ testId: idSchema }).strict();

export const resultsMethods = {
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
