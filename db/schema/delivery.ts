import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { questions, tests } from './content';
import { clients, profiles } from './organisation';

const now = sql`CURRENT_TIMESTAMP`;

/** Seed table: one student's sitting of one test. Owned by the device that started it. */
export const attempts = sqliteTable(
  'attempts',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => profiles.id),
    testId: text('test_id')
      .notNull()
      .references(() => tests.id),
    score: real('score'),
    totalMarks: real('total_marks'),
    startedAt: text('started_at'),
    submittedAt: text('submitted_at'),
    status: text('status').default('in_progress'),
    createdAt: text('created_at').default(now),
    // Added: tenant scope without a join through tests.
    clientId: text('client_id').references(() => clients.id),
    // Added: the device that runs the attempt (its clock and answers live there).
    deviceId: text('device_id'),
    // Added: 1 for the first attempt of this student at this test, and so on.
    attemptNo: integer('attempt_no').notNull().default(1),
    // Added: the test version the attempt was started on.
    testVersion: integer('test_version').notNull().default(1),
    // Added: the seed the question and option order were drawn from, so a resume shows the same order.
    shuffleSeed: text('shuffle_seed'),
    // Added: JSON of the drawn paper: question ids, pinned versions, marks and option order.
    paper: text('paper'),
    // Added: the paper's number of entries, written with it (null on an older app's attempts).
    questionCount: integer('question_count'),
    // Added: exam clock state. Time allowed, extra time granted, and time used so far.
    timeLimitMs: integer('time_limit_ms'),
    extraTimeMs: integer('extra_time_ms').notNull().default(0),
    elapsedMs: integer('elapsed_ms').notNull().default(0),
    // Added: wall time when elapsed_ms was last persisted; a restart measures the gap from here.
    clockPersistedAt: text('clock_persisted_at'),
    // Added: last answer commit, shown to the proctor.
    lastSavedAt: text('last_saved_at'),
    // Added: who ended it: student, timeout or proctor.
    submittedBy: text('submitted_by'),
    // Added: a proctor-issued code that lets a crashed attempt resume, hashed.
    resumeCodeHash: text('resume_code_hash'),
    updatedAt: text('updated_at'),
  },
  (t) => [
    index('idx_attempts_student_id').on(t.studentId),
    index('idx_attempts_test_id').on(t.testId),
    index('idx_attempts_client_id').on(t.clientId, t.status),
    // Added: the gradebook reads one test's attempts by status.
    index('idx_attempts_test_status').on(t.testId, t.status),
    // Added: the proctor console's attempts that ended recently.
    index('idx_attempts_client_submitted').on(t.clientId, t.submittedAt),
  ],
);

/** Seed table: one answer in an attempt. */
export const attemptAnswers = sqliteTable(
  'attempt_answers',
  {
    id: text('id').primaryKey(),
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id),
    questionId: text('question_id')
      .notNull()
      .references(() => questions.id),
    studentAnswer: text('student_answer'),
    isCorrect: integer('is_correct'),
    marksObtained: real('marks_obtained'),
    createdAt: text('created_at').default(now),
    // Added: tenant scope.
    clientId: text('client_id').references(() => clients.id),
    // Added: the exact question version the student saw and is graded on.
    questionVersionId: text('question_version_id'),
    // Added: flagged for review by the student.
    flagged: integer('flagged').notNull().default(0),
    // Added: last local commit of this answer (the student's receipt).
    updatedAt: text('updated_at'),
    // Added: manual grading of essays.
    graderComment: text('grader_comment'),
    gradedBy: text('graded_by'),
    gradedAt: text('graded_at'),
    // Added (0100): the attempt's elapsed time at this answer's last save; null from an older app.
    elapsedMs: integer('elapsed_ms'),
    // Added (0100): the hash of the audit row of this answer's last save, its receipt in the chain.
    saveHash: text('save_hash'),
  },
  (t) => [
    index('idx_attempt_answers_attempt_id').on(t.attemptId),
    // Added: one answer per question per attempt; the attempt belongs to one device at a time.
    uniqueIndex('idx_attempt_answers_attempt_question').on(t.attemptId, t.questionId),
    index('idx_attempt_answers_client_id').on(t.clientId),
    index('idx_attempt_answers_question_id').on(t.questionId),
    // Added: the proctor console counts the answers given per attempt from this alone.
    index('idx_attempt_answers_given')
      .on(t.attemptId, t.clientId)
      .where(sql`${t.studentAnswer} IS NOT NULL`),
    // Added: the answers waiting for a grader, which the gradebook counts per attempt.
    index('idx_attempt_answers_ungraded')
      .on(t.attemptId)
      .where(sql`marks_obtained IS NULL`),
    // Added (0100): an attempt's newest save, whose elapsed time is the clock's if it is later.
    index('idx_attempt_answers_newest_save').on(t.attemptId, t.clientId, t.elapsedMs, t.updatedAt),
  ],
);

/** Added: focus loss, clock jumps and the like during an attempt, shown to the proctor. */
export const integrityEvents = sqliteTable(
  'integrity_events',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id),
    kind: text('kind').notNull(),
    detail: text('detail'),
    deviceId: text('device_id'),
    occurredAt: text('occurred_at').notNull(),
  },
  (t) => [
    index('idx_integrity_events_attempt_id').on(t.attemptId),
    index('idx_integrity_events_client_id').on(t.clientId),
    // Added: the proctor console counts events per attempt and kind from this alone.
    index('idx_integrity_events_attempt_kind').on(t.attemptId, t.clientId, t.kind),
  ],
);

/**
 * Added: the exam clock's heartbeat and the last-save receipt of a running
 * attempt, in a narrow row so the saves that update them do not rewrite (and
 * sync) the attempts row with its paper. attempts keeps the final values.
 */
export const attemptClocks = sqliteTable(
  'attempt_clocks',
  {
    attemptId: text('attempt_id')
      .primaryKey()
      .references(() => attempts.id),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    elapsedMs: integer('elapsed_ms').notNull().default(0),
    clockPersistedAt: text('clock_persisted_at'),
    lastSavedAt: text('last_saved_at'),
    updatedAt: text('updated_at').notNull(),
    // Added (0060): the hash of the audit row of the attempt's last save, its receipt in the chain.
    lastSaveHash: text('last_save_hash'),
    // Added (accommodations): extra time from the student's accommodation, fixed at the start.
    accommodationMs: integer('accommodation_ms').notNull().default(0),
    // Added (accommodations): rest break time the attempt may take, fixed at the start.
    breakAllowanceMs: integer('break_allowance_ms').notNull().default(0),
    // Added (accommodations): rest break time taken, kept apart from elapsed_ms and persisted
    // with it, so a crash can neither lose nor gain any of it; final once the attempt closes.
    breakUsedMs: integer('break_used_ms').notNull().default(0),
  },
  (t) => [index('idx_attempt_clocks_client_id').on(t.clientId)],
);

/**
 * Added: a scored attempt's answers in brief (shared/analysis/answer-summary.ts),
 * written with its score, so item analysis reads one row per attempt instead
 * of every answer. A row of its own, like the clock, so the attempts row with
 * its paper is not rewritten (and synced) for it.
 */
export const attemptSummaries = sqliteTable(
  'attempt_summaries',
  {
    attemptId: text('attempt_id')
      .primaryKey()
      .references(() => attempts.id),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    testId: text('test_id')
      .notNull()
      .references(() => tests.id),
    summary: text('summary').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('idx_attempt_summaries_test_id').on(t.testId)],
);
