/**
 * Item analysis as the service read it before the answer summaries (commit
 * b30ee23): every answer of every finished attempt in one list, then the
 * analysis over objects. Kept as the oracle the new reading is compared with;
 * not used by the app. Only the imports moved, and the answer list's query
 * (`answerMatrix`, no longer in db/) is written out here.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@db/client';
import { gradebookAttempts, FINISHED } from '@db/repositories/gradebook';
import { getQuestionsByIds } from '@db/repositories/questions';
import { getTest, getTestRow } from '@db/repositories/tests';
import { attemptAnswers, attempts } from '@db/schema/index';
import type { TenantContext } from '@db/tenant';
import { readStoredAnswer } from '@shared/analysis/answer-reading';
import type { AnswerValue } from '@shared/domain/questions';
import type { ItemAnalysis } from '@shared/domain/results';
import { requireFeature } from '@main/services/billing/entitlements';
import { paperLines } from '@main/services/results/paper-marks';
import type { ServiceEnv } from '@main/services/service-env';
import {
  analyseItemsBefore as analyseItems,
  type AnalysisAttempt,
  type AnalysisQuestion,
} from './item-analysis-before';

async function answerMatrix(db: Db, tenant: TenantContext, testId: string) {
  await getTestRow(db, tenant, testId);
  return db
    .select({
      attemptId: attemptAnswers.attemptId,
      questionId: attemptAnswers.questionId,
      answer: attemptAnswers.studentAnswer,
      marks: attemptAnswers.marksObtained,
    })
    .from(attemptAnswers)
    .innerJoin(attempts, eq(attempts.id, attemptAnswers.attemptId))
    .where(
      and(
        eq(attempts.testId, testId),
        eq(attempts.clientId, tenant.clientId),
        inArray(attempts.status, [...FINISHED]),
      ),
    );
}

function keyedIds(q: { type: string; key: unknown }): string[] {
  const key = q.key as Record<string, unknown> | null;
  if (!key) return [];
  if (q.type === 'single_choice' && typeof key.optionId === 'string') return [key.optionId];
  if (q.type === 'multiple_response' && Array.isArray(key.optionIds))
    return key.optionIds.filter((x): x is string => typeof x === 'string');
  if (q.type === 'true_false' && typeof key.value === 'boolean')
    return [key.value ? 'true' : 'false'];
  return [];
}

/** Item analysis of a test's finished attempts; a plan feature (item_analysis). */
export async function readItemAnalysisBefore(
  env: ServiceEnv,
  tenant: TenantContext,
  testId: string,
): Promise<ItemAnalysis> {
  await requireFeature(env.db(), tenant, 'item_analysis');
  const test = await getTest(env.db(), tenant, testId);
  const bank = new Map(
    (
      await getQuestionsByIds(
        env.db(),
        tenant,
        test.questions.map((q) => q.questionId),
      )
    ).map((q) => [q.id, q]),
  );
  const questions: AnalysisQuestion[] = test.questions.flatMap((entry, i) => {
    const q = bank.get(entry.questionId);
    if (!q) return [];
    return [
      {
        questionId: q.id,
        position: i + 1,
        type: q.type,
        text: q.text,
        options: q.options,
        keyed: keyedIds(q),
        maxMarks: entry.marks,
      },
    ];
  });
  const finished = (await gradebookAttempts(env.db(), tenant, testId)).filter((a) =>
    FINISHED.includes(a.status),
  );
  const cells = await answerMatrix(env.db(), tenant, testId);
  const byAttempt = new Map<
    string,
    Map<string, { answer: AnswerValue | null; marks: number | null }>
  >();
  for (const c of cells) {
    let answers = byAttempt.get(c.attemptId);
    if (!answers) {
      answers = new Map();
      byAttempt.set(c.attemptId, answers);
    }
    answers.set(c.questionId, { answer: readStoredAnswer(c.answer), marks: c.marks });
  }
  const attempts: AnalysisAttempt[] = finished.map((a) => ({
    attemptId: a.attemptId,
    answers: byAttempt.get(a.attemptId) ?? new Map(),
    paper: a.paper
      ? new Set(paperLines(a.paper, test.questions).map((l) => l.questionId))
      : undefined,
  }));
  return analyseItems(testId, questions, attempts);
}
