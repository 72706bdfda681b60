import { and, desc, eq, isNotNull, sql, type Column, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { attemptAnswers, attemptClocks } from '../schema/index';
import type { TenantContext } from '../tenant';

/**
 * Where a running attempt's clock is persisted. The 5-second heartbeat writes
 * the attempt's clock row; an answer save writes the elapsed time on the
 * answer row it saves instead (one row change fewer per save), so the clock
 * as persisted is the later of the clock row and the attempt's newest save.
 * Everything that reads a persisted clock (the resume after a crash, the
 * proctor console, submission and expiry) reads it through here.
 */

/** What an attempt's clock row adds to it: the time it was given, and its break time. */
export interface ClockTerms {
  /** Extra time from the student's accommodation. */
  accommodationMs: number;
  breakAllowanceMs: number;
  breakUsedMs: number;
}

/** The elapsed time as last persisted, when, and the time of the last answer save. */
export interface PersistedClock {
  elapsedMs: number;
  clockPersistedAt: string | null;
  lastSavedAt: string | null;
}

/** An attempt's newest answer save: the elapsed time it persisted and when. */
export interface NewestSave {
  elapsedMs: number;
  savedAt: string | null;
}

const laterIso = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a > b ? a : b;

/**
 * The clock row with the newest save laid over it: the later elapsed time
 * with the time it was persisted at (of two at the same elapsed time, the
 * later one: the clock stood still between them, so less of the gap to a
 * restart is unaccounted for), and the newest save time of the two. Clock
 * rows written before saves carried the clock keep their own last save time.
 */
export function withNewestSave(clock: PersistedClock, save: NewestSave | null): PersistedClock {
  if (save === null) return clock;
  const lastSavedAt = laterIso(clock.lastSavedAt, save.savedAt);
  const saveIsLater =
    save.elapsedMs > clock.elapsedMs ||
    (save.elapsedMs === clock.elapsedMs &&
      laterIso(clock.clockPersistedAt, save.savedAt) === save.savedAt);
  return saveIsLater
    ? { elapsedMs: save.elapsedMs, clockPersistedAt: save.savedAt, lastSavedAt }
    : { ...clock, lastSavedAt };
}

/**
 * The newest save of each attempt, for a query over many attempts: one
 * search of `idx_attempt_answers_newest_save` per attempt, which answers the
 * elapsed time and the save time both (as a JSON pair, read back by
 * `newestSaveOf`), so the proctor console pays one subquery for it.
 */
export function newestSaveJson(attemptId: Column, clientId: string): SQL<string | null> {
  return sql<
    string | null
  >`(SELECT json_array(newest.elapsed_ms, newest.updated_at) FROM ${attemptAnswers} AS newest WHERE newest.attempt_id = ${attemptId} AND newest.client_id = ${clientId} AND newest.elapsed_ms IS NOT NULL ORDER BY newest.elapsed_ms DESC, newest.updated_at DESC LIMIT 1)`;
}

/** The newest save from `newestSaveJson`'s pair; null for an attempt with none. */
export function newestSaveOf(json: string | null): NewestSave | null {
  if (json === null) return null;
  const [elapsedMs, savedAt] = JSON.parse(json) as [number, string | null];
  return { elapsedMs, savedAt };
}

async function newestSave(db: Db, clientId: string, attemptId: string): Promise<NewestSave | null> {
  const rows = await db
    .select({ elapsedMs: attemptAnswers.elapsedMs, savedAt: attemptAnswers.updatedAt })
    .from(attemptAnswers)
    .where(
      and(
        eq(attemptAnswers.attemptId, attemptId),
        eq(attemptAnswers.clientId, clientId),
        isNotNull(attemptAnswers.elapsedMs),
      ),
    )
    .orderBy(desc(attemptAnswers.elapsedMs), desc(attemptAnswers.updatedAt))
    .limit(1);
  const row = rows[0];
  return row && row.elapsedMs !== null ? { elapsedMs: row.elapsedMs, savedAt: row.savedAt } : null;
}

/**
 * The persisted clock of an attempt and its terms, or null when it has no
 * clock row (an older app's attempt, or another organisation's).
 */
export async function persistedClock(
  db: Db,
  tenant: Pick<TenantContext, 'clientId'>,
  attemptId: string,
): Promise<(PersistedClock & ClockTerms) | null> {
  const clocks = await db
    .select()
    .from(attemptClocks)
    .where(and(eq(attemptClocks.attemptId, attemptId), eq(attemptClocks.clientId, tenant.clientId)))
    .limit(1);
  const clock = clocks[0];
  if (!clock) return null;
  const persisted = withNewestSave(
    {
      elapsedMs: clock.elapsedMs,
      clockPersistedAt: clock.clockPersistedAt,
      lastSavedAt: clock.lastSavedAt,
    },
    await newestSave(db, tenant.clientId, attemptId),
  );
  return {
    ...persisted,
    accommodationMs: clock.accommodationMs,
    breakAllowanceMs: clock.breakAllowanceMs,
    breakUsedMs: clock.breakUsedMs,
  };
}
