import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { tests } from './content';
import { attempts } from './delivery';
import { clients, profiles } from './organisation';

/**
 * Added: what staff grant one student, for every test (`test_id` null) or for
 * one test, as Moodle's user overrides do. A per-test row wins field by field
 * over the student's general one (shared/domain/accommodations.ts). Soft
 * deleted, and kept one live row per student and test by the service; should
 * two computers each add one offline, the newest counts.
 */
export const accommodations = sqliteTable(
  'accommodations',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    studentId: text('student_id')
      .notNull()
      .references(() => profiles.id),
    testId: text('test_id').references(() => tests.id),
    // Time allowed times this (1.5 is "time and a half"); null leaves the time as it is.
    timeMultiplier: real('time_multiplier'),
    // Minutes added to the time allowed (after the multiplier).
    extraMinutes: integer('extra_minutes'),
    // A window of the student's own for this test; null keeps the test's end.
    availableFrom: text('available_from'),
    availableUntil: text('available_until'),
    // Attempts on top of the test's own.
    extraAttempts: integer('extra_attempts'),
    // Rest break time per attempt; each break is approved by a proctor and does not count as exam time.
    restBreakMinutes: integer('rest_break_minutes'),
    // Why (a support plan, a letter): for staff, never shown to other students.
    note: text('note'),
    createdBy: text('created_by'),
    createdAt: text('created_at').notNull(),
    updatedBy: text('updated_by'),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('idx_accommodations_student').on(t.clientId, t.studentId),
    index('idx_accommodations_test').on(t.testId),
  ],
);

/**
 * Added: one rest break of an attempt: asked for by the student (or given by a
 * proctor directly), approved by a proctor, started on the computer running
 * the attempt (its clock then charges the break, not the exam, up to the
 * allowance), and ended by the student, by the allowance running out, or with
 * the attempt. `used_ms` is the break time it took, kept apart from exam time.
 */
export const attemptBreaks = sqliteTable(
  'attempt_breaks',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id),
    // requested | approved | running | ended | cancelled
    status: text('status').notNull(),
    requestedAt: text('requested_at'),
    approvedAt: text('approved_at'),
    approvedBy: text('approved_by'),
    startedAt: text('started_at'),
    endedAt: text('ended_at'),
    // student | allowance | attempt_end
    endedBy: text('ended_by'),
    usedMs: integer('used_ms').notNull().default(0),
    // The computer that runs the attempt, which starts and ends the break.
    deviceId: text('device_id'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('idx_attempt_breaks_attempt').on(t.attemptId, t.clientId)],
);

/**
 * Added: a student's display settings, which follow them to every computer and
 * into the exam. One row per person; any computer may overwrite it, the last
 * change counts.
 */
export const displaySettings = sqliteTable(
  'display_settings',
  {
    profileId: text('profile_id')
      .primaryKey()
      .references(() => profiles.id),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    textSize: text('text_size').notNull().default('standard'),
    lineSpacing: text('line_spacing').notNull().default('standard'),
    contrast: text('contrast').notNull().default('standard'),
    theme: text('theme').notNull().default('light'),
    updatedAt: text('updated_at').notNull(),
    // The student's own language for their screens and exams; null follows the organisation's.
    language: text('language'),
  },
  (t) => [index('idx_display_settings_client_id').on(t.clientId)],
);
