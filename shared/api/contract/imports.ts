import { z } from 'zod';
import type { ExportFile, ImportReport } from '../../domain/imports';
import { AUTHORING_ROLES } from '../../domain/roles';
import { idSchema } from '../../ids';
import { interchangeFormatSchema } from '../../interchange/types';
import { defineMethod } from '../define';
import { questionFilterSchema } from './bank';

/** About 6 MB of file, as base64; the preview host takes 8 MB bodies. */
export const MAX_IMPORT_BASE64 = 8_000_000;

export const questionImportSchema = z
  .object({
    format: interchangeFormatSchema,
    fileName: z.string().trim().min(1, 'the file needs a name').max(260),
    base64: z
      .string()
      .max(MAX_IMPORT_BASE64, 'the file is too large (at most about 6 MB)')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
    skipInvalid: z.boolean().default(false),
    skipDuplicates: z.boolean().default(true),
    extraTags: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
    progressToken: z.string().min(8).max(64).optional(),
  })
  .strict();

export const importMethods = {
  'questions.importPreview': defineMethod<ImportReport>()({
    input: questionImportSchema,
    roles: AUTHORING_ROLES,
    mutates: false,
  }),
  'questions.import': defineMethod<ImportReport>()({
    input: questionImportSchema,
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
  'questions.export': defineMethod<ExportFile>()({
    input: z
      .object({
        format: interchangeFormatSchema,
        ids: z.array(idSchema).min(1, 'choose at least one question').max(50_000).optional(),
        filter: questionFilterSchema.omit({ limit: true, offset: true }).optional(),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),
} as const;
