import type { Db } from '@db/client';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { getAttemptRow, type AttemptRow } from '@db/repositories/attempts';
import {
  listAnswers,
  paperOf,
  paperQuestions,
  persistAttemptClock,
  updateAttemptFields,
  withRunningClock,
  writeAnswerScores,
} from '@db/repositories/exam-attempts';
import { writeAnswerSummary } from '@db/repositories/answer-summaries';
import { closeOpenBreaks } from '@db/repositories/attempt-breaks';
import { scoringOptionsOf } from '@db/repositories/test-delivery';
import type { Actor, TenantContext } from '@db/tenant';
import { conflict } from '@shared/api/result';
import { diffObjects } from '@shared/audit/diff';
import type { SubmittedBy } from '@shared/domain/exam';
import { scoreAttempt, type AttemptScore } from '@shared/scoring/index';
import type { ServiceEnv } from '../service-env';

/** The tenant view of an attempt's own student: what closing and scoring read through. */
export const studentTenantOf = (row: AttemptRow): TenantContext => ({
  clientId: row.clientId ?? '',
  profileId: row.studentId,
  role: 'student',
});

/** Scores an attempt from what is stored: its paper, the pinned versions and the saved answers. */
export async function scoreStoredAttempt(
  tx: Db,
  tenant: TenantContext,
  row: AttemptRow,
): Promise<{ score: AttemptScore; versions: Map<string, string | null> } | null> {
  const paper = paperOf(row);
  if (!paper) return null;
  const questions = await paperQuestions(tx, tenant, paper);
  const answers = new Map((await listAnswers(tx, tenant, row.id)).map((a) => [a.questionId, a]));
  const items = paper.entries.flatMap((e) => {
    const question = questions.get(e.questionId);
    return question
      ? [{ question, answer: answers.get(e.questionId)?.answer ?? null, marks: e.marks }]
      : [];
  });
  if (items.length !== paper.entries.length) return null;
  const score = scoreAttempt(items, await scoringOptionsOf(tx, tenant, row.testId));
  return { score, versions: new Map(paper.entries.map((e) => [e.questionId, e.versionId])) };
}

/**
 * Closes an attempt and scores it, in one transaction with one audit row. The
 * status goes from in_progress to graded or needs_grading; if the paper cannot
 * be scored here (content missing on this computer), it stays `submitted`
 * with every answer kept, and is scored when the content arrives.
 */
export async function closeAttempt(
  env: ServiceEnv,
  actor: Actor,
  tenant: TenantContext,
  attemptId: string,
  closing: {
    submittedBy: SubmittedBy;
    elapsedMs: number;
    /** Rest break time taken, kept apart from exam time (the clock row's, when omitted). */
    breakUsedMs?: number | undefined;
    reason?: string | undefined;
  },
): Promise<AttemptRow> {
  return mutate(env, actor, async (tx) => {
    const row = await withRunningClock(tx, tenant, await getAttemptRow(tx, tenant, attemptId));
    if ((row.status ?? 'in_progress') !== 'in_progress') throw conflict('exam.alreadyEnded');
    const nowIso = nowIsoOf(env);
    const scored = await scoreStoredAttempt(tx, tenant, row);
    const status = scored ? scored.score.status : 'submitted';
    const breakUsedMs = Math.round(closing.breakUsedMs ?? row.breakUsedMs);
    // The break time taken is final on the clock row; a break still running ends with the
    // attempt, and one asked for is withdrawn.
    if (breakUsedMs !== row.breakUsedMs) {
      await persistAttemptClock(tx, tenant, attemptId, {
        elapsedMs: closing.elapsedMs,
        breakUsedMs,
        nowIso,
      });
    }
    await closeOpenBreaks(tx, tenant, attemptId, { totalUsedMs: breakUsedMs, nowIso });
    await updateAttemptFields(tx, tenant, attemptId, {
      status,
      submittedAt: nowIso,
      submittedBy: closing.submittedBy,
      elapsedMs: Math.round(closing.elapsedMs),
      lastSavedAt: row.lastSavedAt,
      clockPersistedAt: nowIso,
      updatedAt: nowIso,
      score: scored ? scored.score.score : null,
      totalMarks: scored ? scored.score.totalMarks : null,
    });
    if (scored) {
      const paper = paperOf(row);
      await writeAnswerScores(
        tx,
        tenant,
        attemptId,
        (paper?.entries ?? []).map((e, i) => ({
          questionId: e.questionId,
          versionId: e.versionId,
          isCorrect: scored.score.answers[i]?.isCorrect ?? null,
          marksObtained: scored.score.answers[i]?.marksObtained ?? null,
        })),
        env.ids,
        nowIso,
      );
      await writeAnswerSummary(tx, tenant, attemptId, nowIso);
    }
    return {
      value: await getAttemptRow(tx, tenant, attemptId),
      audit: {
        action: 'attempt.submit',
        resourceType: 'attempt',
        resourceId: attemptId,
        changes: diffObjects(
          { status: 'in_progress' },
          {
            status,
            submittedBy: closing.submittedBy,
            score: scored?.score.score ?? null,
            totalMarks: scored?.score.totalMarks ?? null,
            awaitingGrading:
              scored && scored.score.pendingCount > 0 ? scored.score.pendingCount : null,
            reason: closing.reason ?? null,
          },
        ),
      },
    };
  });
}

/** Scores an attempt left `submitted` (the app stopped between closing and scoring, or content was missing). */
export async function scoreSubmitted(env: ServiceEnv, row: AttemptRow): Promise<boolean> {
  const tenant = studentTenantOf(row);
  // Nothing to write (and nothing to audit) while the content is still missing here.
  if ((await scoreStoredAttempt(env.db(), tenant, row)) === null) return false;
  return mutate(env, { clientId: tenant.clientId, profileId: null }, async (tx) => {
    const current = await getAttemptRow(tx, tenant, row.id);
    const scored =
      current.status === 'submitted' ? await scoreStoredAttempt(tx, tenant, current) : null;
    if (scored) {
      const nowIso = nowIsoOf(env);
      await updateAttemptFields(tx, tenant, row.id, {
        status: scored.score.status,
        score: scored.score.score,
        totalMarks: scored.score.totalMarks,
        updatedAt: nowIso,
      });
      await writeAnswerScores(
        tx,
        tenant,
        row.id,
        [...scored.versions.entries()].map(([questionId, versionId], i) => ({
          questionId,
          versionId,
          isCorrect: scored.score.answers[i]?.isCorrect ?? null,
          marksObtained: scored.score.answers[i]?.marksObtained ?? null,
        })),
        env.ids,
        nowIso,
      );
      await writeAnswerSummary(tx, tenant, row.id, nowIso);
    }
    return {
      value: scored !== null,
      audit: {
        action: 'attempt.score',
        resourceType: 'attempt',
        resourceId: row.id,
        changes: diffObjects(
          { status: current.status },
          scored
            ? { status: scored.score.status, score: scored.score.score }
            : { status: current.status },
        ),
      },
    };
  });
}
