import { z } from 'zod';
import type { MediaFile, MediaRecord } from '../../domain/media';
import { AUTHORING_ROLES } from '../../domain/roles';
import { defineMethod } from '../define';

/** A 20 MB clip as base64, with room to spare; the preview host takes bodies this big. */
export const MAX_MEDIA_BASE64 = 28_000_000;

export const mediaHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 of the file, 64 lower-case hex digits');

export const mediaMethods = {
  /** Stores an image or audio clip for question content; answers its `media:` reference. */
  'media.upload': defineMethod<MediaRecord>()({
    input: z
      .object({
        name: z.string().trim().min(1, 'the file needs a name').max(260),
        data: z
          .string()
          .min(1, 'the file is empty')
          .max(MAX_MEDIA_BASE64, 'the file is too large (at most 20 MB)')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
        /** A sealed test the file is for: stored only sealed under that test's key. */
        sealedTestId: z.string().min(1, 'name the sealed test').max(100).optional(),
      })
      .strict(),
    roles: AUTHORING_ROLES,
    mutates: true,
  }),

  /** A stored file's bytes: staff any of their organisation's, a student only those on their own paper. */
  'media.get': defineMethod<MediaFile>()({
    input: z.object({ hash: mediaHashSchema }).strict(),
    roles: ['admin', 'author', 'student'],
    mutates: false,
  }),
} as const;
