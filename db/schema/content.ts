import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './organisation';

const now = sql`CURRENT_TIMESTAMP`;

/** Seed table: an exam definition. */
export const tests = sqliteTable(
  'tests',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    testName: text('test_name').notNull(),
    timer: integer('timer'),
    shuffle: integer('shuffle').default(0),
    allowReview: integer('allow_review').default(1),
    status: text('status').default('draft'),
    createdAt: text('created_at').default(now),
    updatedAt: text('updated_at').default(now),
    // Added: shown to students on the summary before they start.
    description: text('description'),
    // Added: how many attempts each student may make.
    attemptsAllowed: integer('attempts_allowed').notNull().default(1),
    // Added: the availability window (ISO-8601 UTC, either end open).
    availableFrom: text('available_from'),
    availableUntil: text('available_until'),
    // Added: starting needs a code from the proctor, checked offline against this hash.
    startCodeRequired: integer('start_code_required').notNull().default(0),
    startCodeHash: text('start_code_hash'),
    // Added: when the student sees the score (immediately, after_grading, never).
    showScore: text('show_score').notNull().default('immediately'),
    // Added: wrong choices may take marks away, but never below zero for the test.
    negativeMarking: integer('negative_marking').notNull().default(0),
    // Added: percentage needed to pass, for the gradebook.
    passMark: real('pass_mark'),
    // Added: bumped when a published test's content changes, so attempts keep theirs.
    version: integer('version').notNull().default(1),
    createdBy: text('created_by'),
    publishedAt: text('published_at'),
    // Added: soft delete.
    deletedAt: text('deleted_at'),
    // Added: the total the author means the test to be worth; publishing checks the marks add up to it.
    expectedTotalMarks: real('expected_total_marks'),
    // Added: what the student's per-question review shows once the score is visible.
    reviewRelease: text('review_release').notNull().default('none'),
    // Added: how ordering questions earn marks (all_or_nothing, per_position).
    orderingCredit: text('ordering_credit').notNull().default('all_or_nothing'),
    // Added: the questions' content is sealed under a key of this test until its start time or code.
    sealed: integer('sealed').notNull().default(0),
    // Added: JSON of that key wrapped under the organisation key and under the start code.
    sealedKeyWraps: text('sealed_key_wraps'),
  },
  (t) => [index('idx_tests_client_id').on(t.clientId)],
);

/** Seed table: the question bank; a row holds the current version of a question. */
export const questions = sqliteTable(
  'questions',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    questionText: text('question_text').notNull(),
    questionType: text('question_type').notNull(),
    options: text('options'),
    correctAnswer: text('correct_answer'),
    marks: integer('marks').default(1),
    difficulty: text('difficulty'),
    createdAt: text('created_at').default(now),
    updatedAt: text('updated_at').default(now),
    // Added: the version row this head copies, so attempts can pin it.
    currentVersionId: text('current_version_id'),
    version: integer('version').notNull().default(1),
    // Added: JSON array of tags for filtering and random draws.
    tags: text('tags'),
    // Added: JSON of type-specific settings (essay word limits).
    settings: text('settings'),
    // Added: who wrote it.
    createdBy: text('created_by'),
    // Added: soft delete, restorable.
    deletedAt: text('deleted_at'),
    // Added: set when two devices edited it offline; an author resolves it.
    conflict: integer('conflict').notNull().default(0),
    // Added: how the rich fields are held ('plain' or 'html').
    bodyFormat: text('body_format').notNull().default('plain'),
    // Added: JSON of the feedback a released review shows.
    feedback: text('feedback'),
    // Added: JSON of the newer types' parts (premises, responses, items, gaps).
    typeParts: text('type_parts'),
    // Added: the import that wrote it; hidden until that import is live (staged_imports).
    importId: text('import_id'),
    // Added: keyed hash (HMAC) of type, text, options and key, for duplicate detection on import.
    duplicateMac: text('duplicate_mac'),
  },
  (t) => [
    index('idx_questions_client_id').on(t.clientId),
    // Added: the bank lists live questions of one organisation by type.
    index('idx_questions_client_type').on(t.clientId, t.questionType),
    // Added: the bank pages live questions newest first on this index alone.
    index('idx_questions_live').on(t.clientId, t.deletedAt, t.updatedAt, t.id),
    // Added: a staged import's rows, found to clean them away.
    index('idx_questions_import_id').on(t.importId),
  ],
);

/** Added: every saved version of a question, so an attempt is graded on what the student saw. */
export const questionVersions = sqliteTable(
  'question_versions',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id),
    version: integer('version').notNull(),
    // The version this one was edited from; two children of one parent are a conflict.
    parentVersionId: text('parent_version_id'),
    questionText: text('question_text').notNull(),
    questionType: text('question_type').notNull(),
    options: text('options'),
    correctAnswer: text('correct_answer'),
    marks: integer('marks').notNull().default(1),
    difficulty: text('difficulty'),
    tags: text('tags'),
    settings: text('settings'),
    createdBy: text('created_by'),
    deviceId: text('device_id'),
    createdAt: text('created_at').notNull(),
    // Added (sync): JSON array of competing versions this save settles; a conflict ends when one does.
    resolves: text('resolves'),
    bodyFormat: text('body_format').notNull().default('plain'),
    feedback: text('feedback'),
    typeParts: text('type_parts'),
  },
  (t) => [
    index('idx_question_versions_question_id').on(t.questionId, t.version),
    index('idx_question_versions_client_id').on(t.clientId),
  ],
);

/** Added: which questions a test uses, in what order and for how many marks. */
export const testQuestions = sqliteTable(
  'test_questions',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    testId: text('test_id')
      .notNull()
      .references(() => tests.id),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id),
    // Pinned when the test is published, so a later edit of the bank does not change the exam.
    questionVersionId: text('question_version_id'),
    position: integer('position').notNull(),
    marks: real('marks').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
    // Added: ties a description and the questions that refer to it; shuffled as one unit.
    groupId: text('group_id'),
  },
  (t) => [
    index('idx_test_questions_test_id').on(t.testId, t.position),
    index('idx_test_questions_question_id').on(t.questionId),
  ],
);
