import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './organisation';
import { attempts } from './delivery';

/** Added: a stored media file, by the SHA-256 of its bytes; its id is derived from the organisation and the hash. */
export const media = sqliteTable(
  'media',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    sha256: text('sha256').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    chunkCount: integer('chunk_count').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [index('idx_media_client_sha').on(t.clientId, t.sha256)],
);

/** Added: the bytes of a media file, in rows of at most 16 KiB, in order. */
export const mediaChunks = sqliteTable(
  'media_chunks',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    mediaId: text('media_id').notNull(),
    seq: integer('seq').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('idx_media_chunks_media').on(t.mediaId, t.seq)],
);

/** Added: how often a student started each audio clip of a question in an attempt. */
export const attemptMediaPlays = sqliteTable(
  'attempt_media_plays',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id),
    questionId: text('question_id').notNull(),
    mediaSha256: text('media_sha256').notNull(),
    plays: integer('plays').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('idx_attempt_media_plays_attempt').on(t.attemptId, t.questionId)],
);

/** Added: a sealed test's own copy of a media file, in chunks sealed under the test's key (db/sealing/test-content.ts). */
export const sealedMediaChunks = sqliteTable(
  'sealed_media_chunks',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    testId: text('test_id').notNull(),
    sha256: text('sha256').notNull(),
    seq: integer('seq').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
  },
  (t) => [
    index('idx_sealed_media_chunks_file').on(t.clientId, t.sha256, t.testId, t.seq),
    index('idx_sealed_media_chunks_test').on(t.clientId, t.testId),
  ],
);
