import { and, asc, eq, exists, gte, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { notFound } from '@shared/api/result';
import type { StoredQuestion } from '@shared/domain/bank';
import { answerValueSchema, type AnswerValue } from '@shared/domain/questions';
import { paperSchema, type Paper, type PaperSource } from '@shared/delivery/paper';
import type { Db } from '../client';
import { fromBool, parseJson, toBool } from '../rows';
import {
  attemptAnswers,
  attemptBreaks,
  attemptClocks,
  attempts,
  integrityEvents,
  profiles,
  questions,
  questionVersions,
  testQuestions,
  tests,
} from '../schema/index';
import type { TenantContext } from '../tenant';
import { attemptScope, getAttemptRow, type AttemptRow } from './attempts';
import {
  newestSaveJson,
  newestSaveOf,
  persistedClock,
  withNewestSave,
  type ClockTerms,
} from './attempt-clock';
import { getTestRow } from './tests';
import { columnsToStored, openedColumns, storedOf } from './question-mapping';

/**
 * The exam side of attempts: starting one on a drawn paper, saving answers,
 * the clock columns, and closing it with its scores. Every query is scoped by
 * the tenant (and, for a student, to their own attempts).
 */

export type AnswerRow = typeof attemptAnswers.$inferSelect;

export interface StoredAnswer {
  questionId: string;
  answer: AnswerValue | null;
  flagged: boolean;
  savedAt: string | null;
  isCorrect: boolean | null;
  marksObtained: number | null;
}

/** Reads an answer leniently: a value this app cannot read counts as no answer. */
export function toStoredAnswer(row: AnswerRow): StoredAnswer {
  const parsed = answerValueSchema.safeParse(parseJson<unknown>(row.studentAnswer, null));
  return {
    questionId: row.questionId,
    answer: parsed.success ? parsed.data : null,
    flagged: toBool(row.flagged),
    savedAt: row.updatedAt ?? row.createdAt,
    isCorrect: row.isCorrect === null ? null : toBool(row.isCorrect),
    marksObtained: row.marksObtained,
  };
}

export function paperOf(row: AttemptRow): Paper | null {
  const parsed = paperSchema.safeParse(parseJson<unknown>(row.paper, null));
  return parsed.success ? parsed.data : null;
}

/** This student's attempts at a test: how many, and the one still open. */
export async function studentAttemptsAt(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<{ ids: string[]; used: number; openId: string | null }> {
  const rows = await db
    .select({ id: attempts.id, status: attempts.status })
    .from(attempts)
    .where(
      and(
        eq(attempts.testId, testId),
        eq(attempts.clientId, tenant.clientId),
        eq(attempts.studentId, tenant.profileId),
      ),
    );
  return {
    ids: rows.map((r) => r.id),
    used: rows.length,
    openId: rows.find((r) => (r.status ?? 'in_progress') === 'in_progress')?.id ?? null,
  };
}

export interface StudentAttemptCount {
  testId: string;
  used: number;
  /** The attempt still in progress, if any. */
  openAttemptId: string | null;
}

/** The signed-in student's attempts per test (tests not deleted): how many, and the one still open. */
export async function studentAttemptCounts(
  db: Db,
  tenant: TenantContext,
): Promise<StudentAttemptCount[]> {
  const rows = await db
    .select({
      testId: attempts.testId,
      used: sql<number>`count(*)`,
      open: sql<
        string | null
      >`max(case when ${attempts.status} = 'in_progress' then ${attempts.id} end)`,
    })
    .from(attempts)
    .innerJoin(tests, eq(tests.id, attempts.testId))
    .where(
      and(
        eq(attempts.clientId, tenant.clientId),
        eq(attempts.studentId, tenant.profileId),
        isNull(tests.deletedAt),
      ),
    )
    .groupBy(attempts.testId);
  return rows.map((r) => ({ testId: r.testId, used: r.used, openAttemptId: r.open }));
}

/** The questions of a test with the version each is pinned to, in authored order. */
export async function paperSources(
  db: Db,
  tenant: TenantContext,
  testId: string,
): Promise<PaperSource[]> {
  const links = await db
    .select({
      questionId: testQuestions.questionId,
      pinned: testQuestions.questionVersionId,
      marks: testQuestions.marks,
      headVersion: questions.currentVersionId,
      headOptions: questions.options,
      clientId: testQuestions.clientId,
      headType: questions.questionType,
      groupId: testQuestions.groupId,
    })
    .from(testQuestions)
    .innerJoin(questions, eq(questions.id, testQuestions.questionId))
    .where(
      and(
        eq(testQuestions.testId, testId),
        eq(testQuestions.clientId, tenant.clientId),
        isNull(testQuestions.deletedAt),
      ),
    )
    .orderBy(asc(testQuestions.position));
  const versionIds = links.map((l) => l.pinned ?? l.headVersion).filter((v): v is string => !!v);
  const versions = await questionsByVersion(db, tenant, versionIds);
  return links.map((l) => {
    const versionId = l.pinned ?? l.headVersion;
    const stored = versionId ? versions.get(versionId) : undefined;
    const options =
      stored?.options ??
      columnsToStored({
        questionText: '',
        questionType: l.headType,
        options: openedColumns('questions', {
          id: l.questionId,
          clientId: l.clientId,
          correctAnswer: null,
          options: l.headOptions,
        }).options,
        correctAnswer: null,
        marks: null,
        difficulty: null,
        tags: null,
        settings: null,
        bodyFormat: 'plain',
        feedback: null,
        typeParts: null,
      }).options;
    const type = stored?.type ?? l.headType;
    return {
      questionId: l.questionId,
      versionId: stored ? (versionId ?? null) : null,
      marks: l.marks,
      optionIds: options ? options.map((o) => o.id) : null,
      // Kept only where there is one, so papers without groups look as they always did.
      ...(l.groupId !== null && { groupId: l.groupId }),
      ...(type === 'description' && { isDescription: true }),
    };
  });
}

/** Question versions by id, as stored (with keys: for main only, never sent to a student). */
export async function questionsByVersion(
  db: Db,
  tenant: TenantContext,
  versionIds: readonly string[],
): Promise<Map<string, StoredQuestion>> {
  const out = new Map<string, StoredQuestion>();
  if (versionIds.length === 0) return out;
  const rows = await db
    .select()
    .from(questionVersions)
    .where(
      and(
        inArray(questionVersions.id, [...new Set(versionIds)]),
        eq(questionVersions.clientId, tenant.clientId),
      ),
    );
  for (const row of rows) out.set(row.id, storedOf('question_versions', row));
  return out;
}

/** The current head of questions, for paper entries that pinned no version. */
export async function questionHeads(
  db: Db,
  tenant: TenantContext,
  questionIds: readonly string[],
): Promise<Map<string, StoredQuestion>> {
  const out = new Map<string, StoredQuestion>();
  if (questionIds.length === 0) return out;
  const rows = await db
    .select()
    .from(questions)
    .where(
      and(
        inArray(questions.id, [...new Set(questionIds)]),
        eq(questions.clientId, tenant.clientId),
      ),
    );
  for (const row of rows) out.set(row.id, storedOf('questions', row));
  return out;
}

/** The stored content of every question on a paper, keyed by question id. */
export async function paperQuestions(
  db: Db,
  tenant: TenantContext,
  paper: Paper,
): Promise<Map<string, StoredQuestion>> {
  const versions = await questionsByVersion(
    db,
    tenant,
    paper.entries.map((e) => e.versionId).filter((v): v is string => v !== null),
  );
  const missing = paper.entries.filter((e) => e.versionId === null || !versions.has(e.versionId));
  const heads = await questionHeads(
    db,
    tenant,
    missing.map((e) => e.questionId),
  );
  const out = new Map<string, StoredQuestion>();
  for (const e of paper.entries) {
    const q =
      (e.versionId !== null ? versions.get(e.versionId) : undefined) ?? heads.get(e.questionId);
    if (q) out.set(e.questionId, q);
  }
  return out;
}

export interface NewAttempt {
  id: string;
  testId: string;
  attemptNo: number;
  testVersion: number;
  seed: string;
  paper: Paper;
  timeLimitMs: number | null;
  /** Extra time and rest break time from the student's accommodation (0 when none). */
  accommodationMs?: number | undefined;
  breakAllowanceMs?: number | undefined;
  deviceId: string;
  nowIso: string;
}

/** Starts an attempt of the signed-in student at one of their organisation's tests. */
export async function insertAttempt(db: Db, tenant: TenantContext, a: NewAttempt): Promise<void> {
  await getTestRow(db, tenant, a.testId);
  await db.insert(attempts).values({
    id: a.id,
    clientId: tenant.clientId,
    studentId: tenant.profileId,
    testId: a.testId,
    status: 'in_progress',
    startedAt: a.nowIso,
    createdAt: a.nowIso,
    updatedAt: a.nowIso,
    deviceId: a.deviceId,
    attemptNo: a.attemptNo,
    testVersion: a.testVersion,
    shuffleSeed: a.seed,
    paper: JSON.stringify(a.paper),
    questionCount: a.paper.entries.length,
    timeLimitMs: a.timeLimitMs,
    extraTimeMs: 0,
    elapsedMs: 0,
    clockPersistedAt: a.nowIso,
  });
  await db.insert(attemptClocks).values({
    attemptId: a.id,
    clientId: tenant.clientId,
    elapsedMs: 0,
    accommodationMs: a.accommodationMs ?? 0,
    breakAllowanceMs: a.breakAllowanceMs ?? 0,
    clockPersistedAt: a.nowIso,
    updatedAt: a.nowIso,
  });
}

/** An attempt row with its clock: what the exam clock and the proctor console read. */
export type ClockedAttemptRow = AttemptRow & ClockTerms;

/**
 * An attempt row with its running clock laid over it: while an attempt runs,
 * its clock row and its newest answer save hold the current elapsed time and
 * last save (see ./attempt-clock.ts); `attempts` holds them as of the start
 * (or the close). The clock row also holds what the attempt was given
 * (accommodation time, break allowance) and its break time; an attempt with
 * no clock row (an older app's) was given none.
 */
export async function withRunningClock(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  row: AttemptRow,
): Promise<ClockedAttemptRow> {
  const clock = await persistedClock(db, tenant, row.id);
  const terms: ClockTerms = {
    accommodationMs: clock?.accommodationMs ?? 0,
    breakAllowanceMs: clock?.breakAllowanceMs ?? 0,
    breakUsedMs: clock?.breakUsedMs ?? 0,
  };
  if (!clock || clock.elapsedMs < row.elapsedMs) return { ...row, ...terms };
  return {
    ...row,
    ...terms,
    elapsedMs: clock.elapsedMs,
    clockPersistedAt: clock.clockPersistedAt,
    lastSavedAt: clock.lastSavedAt ?? row.lastSavedAt,
  };
}

export async function listAnswers(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
): Promise<StoredAnswer[]> {
  const rows = await db
    .select()
    .from(attemptAnswers)
    .where(
      and(eq(attemptAnswers.attemptId, attemptId), eq(attemptAnswers.clientId, tenant.clientId)),
    );
  return rows.map(toStoredAnswer);
}

/** Persists the exam clock (and, with `savedAt`, the last-save receipt) of an attempt in progress. */
export async function persistAttemptClock(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  attemptId: string,
  clock: {
    elapsedMs: number;
    /** Rest break time taken so far; persisted with the elapsed time, never apart from it. */
    breakUsedMs?: number | undefined;
    nowIso: string;
    savedAt?: string | undefined;
  },
): Promise<void> {
  const running = db
    .select({ id: attempts.id })
    .from(attempts)
    .where(
      and(
        eq(attempts.id, attemptId),
        eq(attempts.clientId, tenant.clientId),
        eq(attempts.status, 'in_progress'),
      ),
    );
  const result = await db
    .update(attemptClocks)
    .set({
      elapsedMs: Math.round(clock.elapsedMs),
      ...(clock.breakUsedMs !== undefined && { breakUsedMs: Math.round(clock.breakUsedMs) }),
      clockPersistedAt: clock.nowIso,
      updatedAt: clock.nowIso,
      ...(clock.savedAt !== undefined && { lastSavedAt: clock.savedAt }),
    })
    .where(
      and(
        eq(attemptClocks.attemptId, attemptId),
        eq(attemptClocks.clientId, tenant.clientId),
        exists(running),
      ),
    );
  // Another organisation's attempt, or one that has ended, is not there to write to.
  if (result.changes !== 1) throw notFound('attemptInProgress');
}

/** What another computer may have changed under a running attempt: extra time, or ending it. */
export interface AttemptControl {
  extraTimeMs: number;
  status: string | null;
  submittedBy: string | null;
}

/** The extra time and status of one of the organisation's attempts; null when it has none by that id. */
export async function attemptControl(
  db: Db,
  scope: Pick<TenantContext, 'clientId'>,
  attemptId: string,
): Promise<AttemptControl | null> {
  const rows = await db
    .select({
      extraTimeMs: attempts.extraTimeMs,
      status: attempts.status,
      submittedBy: attempts.submittedBy,
    })
    .from(attempts)
    .where(and(eq(attempts.id, attemptId), eq(attempts.clientId, scope.clientId)))
    .limit(1);
  const row = rows[0];
  return row
    ? { extraTimeMs: row.extraTimeMs, status: row.status, submittedBy: row.submittedBy }
    : null;
}

export async function updateAttemptFields(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
  values: Partial<typeof attempts.$inferInsert>,
): Promise<void> {
  const result = await db
    .update(attempts)
    .set(values)
    .where(and(eq(attempts.id, attemptId), ...attemptScope(tenant)));
  if (result.changes !== 1) throw notFound('attempt');
}

export interface AnswerScoreWrite {
  questionId: string;
  versionId: string | null;
  isCorrect: boolean | null;
  marksObtained: number | null;
}

/**
 * Writes the marks of every question on the paper; an unanswered question gets
 * a row too, so the record shows every question the student was given.
 */
export async function writeAnswerScores(
  db: Db,
  tenant: TenantContext,
  attemptId: string,
  scores: readonly AnswerScoreWrite[],
  newId: () => string,
  nowIso: string,
): Promise<void> {
  await getAttemptRow(db, tenant, attemptId);
  for (const s of scores) {
    const isCorrect = s.isCorrect === null ? null : fromBool(s.isCorrect);
    await db
      .insert(attemptAnswers)
      .values({
        id: newId(),
        attemptId,
        questionId: s.questionId,
        clientId: tenant.clientId,
        questionVersionId: s.versionId,
        studentAnswer: null,
        isCorrect,
        marksObtained: s.marksObtained,
        createdAt: nowIso,
        updatedAt: nowIso,
      })
      .onConflictDoUpdate({
        target: [attemptAnswers.attemptId, attemptAnswers.questionId],
        set: { isCorrect, marksObtained: s.marksObtained },
        setWhere: eq(attemptAnswers.clientId, tenant.clientId),
      });
  }
}

/**
 * In-progress attempts run by this device, of every organisation on it: read
 * at start-up, before anyone signs in, to bring their clocks back. The caller
 * scopes every later query by each row's own organisation.
 */
export async function inProgressOnDevice(db: Db, deviceId: string): Promise<AttemptRow[]> {
  return db
    .select()
    .from(attempts)
    .where(and(eq(attempts.deviceId, deviceId), eq(attempts.status, 'in_progress')));
}

/** Submitted attempts whose scoring did not finish (the app stopped in between). */
export async function unscoredOnDevice(db: Db, deviceId: string): Promise<AttemptRow[]> {
  return db
    .select()
    .from(attempts)
    .where(and(eq(attempts.deviceId, deviceId), eq(attempts.status, 'submitted')));
}

/** What the proctor console shows of an attempt; the paper itself is not read. */
export type ProctorAttemptFields = ClockTerms &
  Pick<
    AttemptRow,
    | 'id'
    | 'testId'
    | 'studentId'
    | 'status'
    | 'deviceId'
    | 'startedAt'
    | 'submittedAt'
    | 'submittedBy'
    | 'lastSavedAt'
    | 'timeLimitMs'
    | 'extraTimeMs'
    | 'elapsedMs'
    | 'clockPersistedAt'
  >;

export interface ProctorAttemptRow {
  attempt: ProctorAttemptFields;
  testName: string;
  studentName: string;
  /** Questions with an answer saved (a row that only flags one is not an answer). */
  answered: number;
  /** Entries on the attempt's paper, descriptions included (`paperDescriptionCounts` counts those). */
  questionCount: number;
  /** Integrity events by kind. */
  integrity: Map<string, number>;
  /** The status of the attempt's rest break not over yet, if any. */
  openBreakStatus: string | null;
}

/**
 * One part of the console's read: attempts matching `where`, with their clock
 * row, the answers given counted in SQL from an index
 * (`idx_attempt_answers_given`), and the paper's length as stored when it was
 * drawn, so no paper is read (only an older app's attempt, which stored
 * none, has its paper counted).
 */
function proctorProgressSelect(db: Db, tenant: TenantContext, where: SQL | undefined) {
  return db
    .select({
      id: attempts.id,
      testId: attempts.testId,
      studentId: attempts.studentId,
      status: attempts.status,
      deviceId: attempts.deviceId,
      startedAt: attempts.startedAt,
      submittedAt: attempts.submittedAt,
      submittedBy: attempts.submittedBy,
      lastSavedAt: attempts.lastSavedAt,
      timeLimitMs: attempts.timeLimitMs,
      extraTimeMs: attempts.extraTimeMs,
      elapsedMs: attempts.elapsedMs,
      clockPersistedAt: attempts.clockPersistedAt,
      accommodationMs: sql<number | null>`${attemptClocks.accommodationMs}`.as(
        'clock_accommodation_ms',
      ),
      breakAllowanceMs: sql<number | null>`${attemptClocks.breakAllowanceMs}`.as(
        'clock_break_allowance_ms',
      ),
      breakUsedMs: sql<number | null>`${attemptClocks.breakUsedMs}`.as('clock_break_used_ms'),
      openBreakStatus: sql<
        string | null
      >`(SELECT ${attemptBreaks.status} FROM ${attemptBreaks} WHERE ${attemptBreaks.attemptId} = ${attempts.id} AND ${attemptBreaks.clientId} = ${tenant.clientId} AND ${attemptBreaks.status} IN ('requested', 'approved', 'running') ORDER BY ${attemptBreaks.updatedAt} DESC LIMIT 1)`.as(
        'open_break_status',
      ),
      // Named apart from the attempt's own columns: the union is read back by column name.
      clockElapsedMs: sql<number | null>`${attemptClocks.elapsedMs}`.as('clock_elapsed_ms'),
      clockPersistedAtOfClock: sql<string | null>`${attemptClocks.clockPersistedAt}`.as(
        'clock_clock_persisted_at',
      ),
      clockLastSavedAt: sql<string | null>`${attemptClocks.lastSavedAt}`.as('clock_last_saved_at'),
      newestSave: sql<string | null>`${newestSaveJson(attempts.id, tenant.clientId)}`.as(
        'newest_save',
      ),
      testName: tests.testName,
      studentName: profiles.name,
      answered:
        sql<number>`(SELECT count(*) FROM ${attemptAnswers} WHERE ${attemptAnswers.attemptId} = ${attempts.id} AND ${attemptAnswers.clientId} = ${tenant.clientId} AND ${attemptAnswers.studentAnswer} IS NOT NULL)`.as(
          'answered',
        ),
      // The count stored with the paper; an older app's attempt has none, and its paper is
      // counted (one this app cannot read counts no questions, as reading it would).
      questionCount: sql<
        number | null
      >`CASE WHEN ${attempts.questionCount} IS NOT NULL THEN ${attempts.questionCount} WHEN json_valid(${attempts.paper}) THEN json_array_length(${attempts.paper}, '$.entries') END`.as(
        'question_count',
      ),
    })
    .from(attempts)
    .innerJoin(tests, eq(tests.id, attempts.testId))
    .innerJoin(profiles, eq(profiles.id, attempts.studentId))
    .leftJoin(
      attemptClocks,
      and(eq(attemptClocks.attemptId, attempts.id), eq(attemptClocks.clientId, tenant.clientId)),
    )
    .where(where);
}

/** The integrity events of the attempts matching `where`, counted by kind from an index. */
function proctorIntegritySelect(db: Db, tenant: TenantContext, where: SQL | undefined) {
  return db
    .select({
      attemptId: integrityEvents.attemptId,
      kind: integrityEvents.kind,
      n: sql<number>`count(*)`.as('n'),
    })
    .from(attempts)
    .innerJoin(
      integrityEvents,
      and(
        eq(integrityEvents.attemptId, attempts.id),
        eq(integrityEvents.clientId, tenant.clientId),
      ),
    )
    .where(where)
    .groupBy(integrityEvents.attemptId, integrityEvents.kind);
}

/**
 * Attempts in progress in the organisation, plus those that ended since
 * `endedSince`, by start time, with their counts. Each read is two index
 * searches joined, rather than one filter with OR, which would read every
 * attempt the organisation ever had.
 */
export async function proctorAttemptRows(
  db: Db,
  tenant: TenantContext,
  endedSince: string,
): Promise<ProctorAttemptRow[]> {
  const running = and(eq(attempts.clientId, tenant.clientId), eq(attempts.status, 'in_progress'));
  const ended = and(
    eq(attempts.clientId, tenant.clientId),
    gte(attempts.submittedAt, endedSince),
    or(isNull(attempts.status), ne(attempts.status, 'in_progress')),
  );
  const rows = await proctorProgressSelect(db, tenant, running).unionAll(
    proctorProgressSelect(db, tenant, ended),
  );
  const events = await proctorIntegritySelect(db, tenant, running).unionAll(
    proctorIntegritySelect(db, tenant, ended),
  );
  const integrity = new Map<string, Map<string, number>>();
  for (const e of events) {
    const byKind = integrity.get(e.attemptId) ?? new Map<string, number>();
    byKind.set(e.kind, e.n);
    integrity.set(e.attemptId, byKind);
  }
  // Ordered here, as SQL orders text: a missing start first, then by the timestamp.
  const startOf = (r: { startedAt: string | null }) => r.startedAt ?? '';
  rows.sort((a, b) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0));
  return rows.map((r) => {
    const running =
      r.clockElapsedMs === null
        ? null
        : withNewestSave(
            {
              elapsedMs: r.clockElapsedMs,
              clockPersistedAt: r.clockPersistedAtOfClock,
              lastSavedAt: r.clockLastSavedAt,
            },
            newestSaveOf(r.newestSave),
          );
    const clock =
      running !== null && running.elapsedMs >= r.elapsedMs
        ? { ...running, lastSavedAt: running.lastSavedAt ?? r.lastSavedAt }
        : {};
    return {
      attempt: {
        id: r.id,
        testId: r.testId,
        studentId: r.studentId,
        status: r.status,
        deviceId: r.deviceId,
        startedAt: r.startedAt,
        submittedAt: r.submittedAt,
        submittedBy: r.submittedBy,
        lastSavedAt: r.lastSavedAt,
        timeLimitMs: r.timeLimitMs,
        extraTimeMs: r.extraTimeMs,
        elapsedMs: r.elapsedMs,
        clockPersistedAt: r.clockPersistedAt,
        accommodationMs: r.accommodationMs ?? 0,
        breakAllowanceMs: r.breakAllowanceMs ?? 0,
        breakUsedMs: r.breakUsedMs ?? 0,
        ...clock,
      },
      testName: r.testName,
      studentName: r.studentName,
      answered: r.answered,
      questionCount: r.questionCount ?? 0,
      integrity: integrity.get(r.id) ?? new Map(),
      openBreakStatus: r.openBreakStatus,
    };
  });
}
