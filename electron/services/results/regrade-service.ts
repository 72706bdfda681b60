import type { Db } from '@db/client';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { writeAnswerSummary } from '@db/repositories/answer-summaries';
import { setAttemptResult } from '@db/repositories/grading';
import { getQuestionsByIds } from '@db/repositories/questions';
import { finishedAttemptIds, regradeInput, setAnswerScore } from '@db/repositories/regrade';
import { getTest } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { readStoredAnswer } from '@shared/analysis/answer-reading';
import { attemptStatusSchema } from '@shared/domain/attempts';
import { isObjective } from '@shared/domain/questions';
import type { RegradeChange, RegradeReport } from '@shared/domain/results';
import { scoreAnswer, roundMarks } from '@shared/scoring/index';
import type { ServiceEnv } from '../service-env';
import { paperLines } from './paper-marks';

interface Plan {
  changes: RegradeChange[];
  answerWrites: Array<{
    answerId: string;
    attemptId: string;
    marks: number | null;
    isCorrect: boolean | null;
  }>;
  attemptWrites: Array<{ attemptId: string; score: number; status: string }>;
  attempts: number;
}

/**
 * Scores every finished attempt again with the questions' current keys (after
 * a key was fixed in the bank). A grader's marks on essays stay as they are.
 */
async function planRegrade(
  db: Db,
  tenant: TenantContext,
  testId: string,
  attemptIds?: readonly string[],
): Promise<Plan> {
  const test = await getTest(db, tenant, testId);
  const { attempts, answers } = await regradeInput(db, tenant, testId, attemptIds);
  const ids = new Set(test.questions.map((q) => q.questionId));
  for (const a of attempts)
    for (const l of paperLines(a.paper, test.questions)) ids.add(l.questionId);
  const bank = new Map((await getQuestionsByIds(db, tenant, [...ids])).map((q) => [q.id, q]));
  const byAttempt = new Map<string, typeof answers>();
  for (const a of answers) byAttempt.set(a.attemptId, [...(byAttempt.get(a.attemptId) ?? []), a]);
  const plan: Plan = {
    changes: [],
    answerWrites: [],
    attemptWrites: [],
    attempts: attempts.length,
  };
  for (const attempt of attempts) {
    const given = new Map((byAttempt.get(attempt.attemptId) ?? []).map((a) => [a.questionId, a]));
    let sum = 0;
    let pending = 0;
    for (const line of paperLines(attempt.paper, test.questions)) {
      const question = bank.get(line.questionId);
      const stored = given.get(line.questionId);
      if (!question || !isObjective(question.type) || question.key === null) {
        // Graded by a person (or not gradable): keep what is there; an answer still unmarked waits for a grader.
        if (stored !== undefined && stored.marks === null) pending += 1;
        sum += stored?.marks ?? 0;
        continue;
      }
      const score = scoreAnswer(question, readStoredAnswer(stored?.answer ?? null), line.marks, {
        negativeMarking: test.negativeMarking,
      });
      sum += score.marksObtained ?? 0;
      if (stored && stored.marks !== score.marksObtained) {
        plan.answerWrites.push({
          answerId: stored.answerId,
          attemptId: attempt.attemptId,
          marks: score.marksObtained,
          isCorrect: score.isCorrect,
        });
      }
    }
    const score = roundMarks(Math.max(0, sum));
    const status = pending > 0 ? 'needs_grading' : 'graded';
    const statusBefore = attemptStatusSchema.catch('submitted').parse(attempt.status);
    if (score !== attempt.score || status !== attempt.status) {
      plan.attemptWrites.push({ attemptId: attempt.attemptId, score, status });
      plan.changes.push({
        attemptId: attempt.attemptId,
        studentName: attempt.studentName,
        before: attempt.score,
        after: score,
        statusBefore,
        statusAfter: attemptStatusSchema.parse(status),
      });
    }
  }
  plan.changes.sort((a, b) => a.studentName.localeCompare(b.studentName));
  return plan;
}

/** What a regrade would change, attempt by attempt. Nothing is written. */
export async function previewRegrade(
  env: ServiceEnv,
  tenant: TenantContext,
  testId: string,
): Promise<RegradeReport> {
  const plan = await planRegrade(env.db(), tenant, testId);
  return { testId, applied: false, attempts: plan.attempts, changed: plan.changes };
}

/**
 * Row changes one part of a regrade may write (answers re-scored and
 * attempts' results): about 1 MiB of push body, so each part is one small
 * transaction whatever the size of the test.
 */
const REGRADE_ROW_CHANGES = 600;

/**
 * Applies the regrade a part at a time: each part, a few attempts with every
 * answer in them, is planned and written in its own transaction with its own
 * audit row listing the scores that moved, so no transaction grows with the
 * number of attempts. Each attempt's answers and result change together; a
 * regrade cut off part-way leaves the remaining attempts as they were, and
 * running it again finishes them (the preview shows what is left).
 */
export async function applyRegrade(
  env: ServiceEnv,
  tenant: TenantContext,
  testId: string,
): Promise<RegradeReport> {
  const test = await getTest(env.db(), tenant, testId);
  const ids = await finishedAttemptIds(env.db(), tenant, testId);
  // Per attempt: its answers, its result and its answer summary.
  const perPart = Math.max(1, Math.floor(REGRADE_ROW_CHANGES / (test.questions.length + 2)));
  const parts: string[][] = [];
  for (let i = 0; i < ids.length; i += perPart) parts.push(ids.slice(i, i + perPart));
  // A test with no finished attempts still records the regrade that found nothing to do.
  if (parts.length === 0) parts.push([]);
  const changed: RegradeChange[] = [];
  let attempts = 0;
  for (const part of parts) {
    const plan = await mutate(env, tenant, async (tx) => {
      const planned = await planRegrade(tx, tenant, testId, part);
      const nowIso = nowIsoOf(env);
      for (const w of planned.answerWrites)
        await setAnswerScore(tx, tenant, w.answerId, { ...w, nowIso });
      for (const w of planned.attemptWrites)
        await setAttemptResult(tx, tenant, w.attemptId, { ...w, nowIso });
      // Marks can move without the score moving (one answer up, another down): every attempt
      // with a changed answer gets its summary written again.
      const touched = new Set(
        [...planned.answerWrites, ...planned.attemptWrites].map((w) => w.attemptId),
      );
      for (const attemptId of touched) await writeAnswerSummary(tx, tenant, attemptId, nowIso);
      return {
        value: planned,
        audit: {
          action: 'test.regrade',
          resourceType: 'test',
          resourceId: testId,
          changes: {
            scores: [
              Object.fromEntries(planned.changes.map((c) => [c.attemptId, c.before])),
              Object.fromEntries(planned.changes.map((c) => [c.attemptId, c.after])),
            ],
          },
        },
      };
    });
    changed.push(...plan.changes);
    attempts += plan.attempts;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  changed.sort((a, b) => a.studentName.localeCompare(b.studentName));
  return { testId, applied: true, attempts, changed };
}
