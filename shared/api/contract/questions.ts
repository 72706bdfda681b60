import { z } from 'zod';
import type { QuestionRecord, QuestionSummary, QuestionVersionRecord } from '../../domain/bank';
import type {
  ExportFile,
  ImportPicked,
  ImportReport,
  ImportUploadProgress,
} from '../../domain/imports';
import {
  difficultySchema,
  questionContentSchema,
  questionTypeSchema,
} from '../../domain/questions';
import { AUTHORING_ROLES } from '../../domain/roles';
import type { TestUsingQuestion } from '../../domain/tests';
import type { ConflictedQuestion } from '../../domain/sync';
import { idSchema } from '../../ids';
import { interchangeFormatSchema } from '../../interchange/types';
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

/** About 6 MB of file, as base64, sent whole in one call; bigger files go through a staged upload. */
export const MAX_IMPORT_BASE64 = 8_000_000;
/** The biggest file a staged upload takes: as much as an archive may inflate to in all. */
export const MAX_IMPORT_UPLOAD_BYTES = 256 * 1024 * 1024;
/** One upload chunk as base64: about 12 MB of file, well inside the preview host's 32 MiB bodies. */
export const MAX_IMPORT_CHUNK_BASE64 = 16_000_000;

const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const questionImportSchema = z
  .object({
    format: interchangeFormatSchema,
    fileName: z.string().trim().min(1, 'the file needs a name').max(260),
    /** The file itself, for files up to about 6 MB. */
    base64: base64Schema
      .max(
        MAX_IMPORT_BASE64,
        'the file is too large to send in one call (at most about 6 MB); upload it in chunks',
      )
      .optional(),
    /** A file sent before through `questions.importUploadStart` and `questions.importUploadChunk`. */
    uploadId: idSchema.optional(),
    skipInvalid: z.boolean().default(false),
    skipDuplicates: z.boolean().default(true),
    extraTags: z.array(z.string().trim().min(1).max(60)).max(10).default([]),
    progressToken: z.string().min(8).max(64).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if ((input.base64 === undefined) === (input.uploadId === undefined))
      ctx.addIssue({
        code: 'custom',
        path: input.base64 === undefined ? ['base64'] : ['uploadId'],
        message:
          input.base64 === undefined
            ? 'is missing: send the file as base64 or name an upload'
            : 'cannot come with base64: send the file one way',
      });
  });

/**
 * One chunk of a staged upload. The first names no upload and declares the
 * file's size; the answer's `uploadId` names the upload for the chunks after.
 */
export const importUploadChunkSchema = z
  .object({
    uploadId: idSchema.optional(),
    size: z
      .number()
      .int()
      .min(1, 'the file is empty')
      .max(MAX_IMPORT_UPLOAD_BYTES, 'the file is too large (at most 256 MB)')
      .optional(),
    /** Where this chunk starts in the file: the bytes received so far. */
    offset: z.number().int().min(0).max(MAX_IMPORT_UPLOAD_BYTES),
    base64: base64Schema
      .min(1, 'the chunk is empty')
      .max(MAX_IMPORT_CHUNK_BASE64, 'the chunk is too large (at most about 12 MB)'),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.uploadId !== undefined) return;
    if (input.size === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['size'],
        message: "is missing: the first chunk declares the file's size",
      });
    if (input.offset !== 0)
      ctx.addIssue({ code: 'custom', path: ['offset'], message: 'must be 0 for the first chunk' });
  });

/**
 * `questions.conflicts` lists questions edited on two computers with their
 * competing versions; `questions.resolveConflict` keeps one version (optionally
 * with merged content) and clears the flag on every device once it syncs.
 */

export const questionsMethods = {
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

  /** The tests that list the question, so deleting it can say what it touches. */
  'questions.usage': defineMethod<{ tests: TestUsingQuestion[] }>()({
    input: z.object({ id: idSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

  'questions.create': defineMethod<QuestionRecord>()({
    input: z
      .object({
        content: questionContentSchema,
        /** Written straight into a sealed test: its content is sealed from the first write. */
        sealedTestId: idSchema.optional(),
      })
      .strict(),
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

  /**
   * Sends a file too big for one call in chunks, in order: the first starts
   * the upload, then `questions.importPreview` and `questions.import` name it
   * by `uploadId`. It belongs to this session, and is dropped once imported,
   * when discarded, or after 30 minutes untouched.
   */
  'questions.importUpload': defineMethod<ImportUploadProgress>()({
    input: importUploadChunkSchema,
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

  /**
   * Desktop app only: opens the operating system's file dialog and stages
   * the picked file as an upload of this session (as `questions.importUpload`
   * does), answering its `uploadId`; null when the dialog was closed. The
   * dialog's title and the name of its file kinds are the page's, in its
   * language; English when it gives none.
   */
  'questions.importPick': defineMethod<ImportPicked | null>()({
    input: z
      .object({
        title: z.string().trim().min(1).max(120).optional(),
        fileKinds: z.string().trim().min(1).max(120).optional(),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

  'questions.importUploadDiscard': defineMethod<{ discarded: boolean }>()({
    input: z.object({ uploadId: idSchema }).strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

  /** Stops this window's import (named by its progress token) before its final commit; it then saves nothing. */
  'questions.importCancel': defineMethod<{ cancelled: boolean }>()({
    input: z.object({ progressToken: z.string().min(8).max(64) }).strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
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

  'questions.conflicts': defineMethod<ConflictedQuestion[]>()({
    input: z.object({}).strict(),
    roles: AUTHORING_ROLES,
    mutates: false,
  }),

  'questions.resolveConflict': defineMethod<QuestionRecord>()({
    input: z
      .object({
        id: idSchema,
        /** The competing version the author keeps (or merged into). */
        keepVersionId: idSchema,
        /** Merged content; omitted keeps the chosen version as it is. */
        content: questionContentSchema.optional(),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),
} as const;
