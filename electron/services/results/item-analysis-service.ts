import { answerSummariesOfAttempts } from '@db/repositories/answer-summaries';
import { FINISHED, pendingGradingCounts } from '@db/repositories/gradebook';
import { analysisAttempts, answerCellsOf } from '@db/repositories/item-analysis';
import { getQuestionsByIds } from '@db/repositories/questions';
import { getTest } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { AnswerColumnsBuilder } from '@shared/analysis/answer-columns';
import { readStoredAnswer } from '@shared/analysis/answer-reading';
import {
  cellOf,
  SummaryReader,
  ungradedCount,
  type ReadSummary,
  type SummaryCell,
} from '@shared/analysis/answer-summary';
import { analyseItemColumns, type AnalysisQuestion } from '@shared/analysis/item-analysis';
import type { ItemAnalysis } from '@shared/domain/results';
import type { Db } from '@db/client';
import { requireFeature } from '../billing/entitlements';
import type { ServiceEnv } from '../service-env';
import { paperLines } from './paper-marks';

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

/** Attempts whose summaries and answers are read and added at a time. */
const ATTEMPTS_PER_CHUNK = 500;

/**
 * Item analysis of a test's finished attempts; a plan feature (item_analysis).
 * `attemptsPerChunk` is there for tests to cross chunk boundaries.
 */
export async function readItemAnalysis(
  env: ServiceEnv,
  tenant: TenantContext,
  testId: string,
  attemptsPerChunk = ATTEMPTS_PER_CHUNK,
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
  const finished = (await analysisAttempts(env.db(), tenant, testId)).filter((a) =>
    FINISHED.includes(a.status),
  );
  const waiting = await pendingGradingCounts(env.db(), tenant, testId);
  const reader = new SummaryReader();
  const builder = new AnswerColumnsBuilder(questions, finished.length);
  // A chunk of attempts at a time, in order: each chunk's summaries and answers are read, added
  // and let go before the next, so memory stays bounded however many attempts the test has.
  for (let i = 0; i < finished.length; i += attemptsPerChunk) {
    const chunk = finished.slice(i, i + attemptsPerChunk);
    const summaries = await answerSummariesOfAttempts(
      env.db(),
      tenant,
      chunk.map((a) => a.attemptId),
    );
    const read = new Map<string, ReadSummary>();
    const fromAnswers: string[] = [];
    for (const a of chunk) {
      const summary = summaries.get(a.attemptId);
      const parsed = summary === undefined ? null : reader.read(summary);
      // No summary (scored before there were any), one from a newer app, or one that disagrees
      // with the answers waiting for a grader (two computers marked the attempt while apart, and
      // the summary last written missed the other's marks): read from its answers.
      if (parsed && ungradedCount(parsed) === (waiting.get(a.attemptId) ?? 0))
        read.set(a.attemptId, parsed);
      else fromAnswers.push(a.attemptId);
    }
    const cells = await cellsByAttempt(env.db(), tenant, fromAnswers);
    for (const a of chunk) {
      builder.startAttempt(
        a.attemptId,
        a.paper ? new Set(paperLines(a.paper, test.questions).map((l) => l.questionId)) : undefined,
      );
      const summary = read.get(a.attemptId);
      if (summary) builder.addSummary(summary);
      else for (const cell of cells.get(a.attemptId) ?? []) builder.addCell(cell);
    }
  }
  return analyseItemColumns(testId, questions, builder.finish());
}

async function cellsByAttempt(
  db: Db,
  tenant: TenantContext,
  attemptIds: readonly string[],
): Promise<Map<string, SummaryCell[]>> {
  const out = new Map<string, SummaryCell[]>();
  if (attemptIds.length === 0) return out;
  for (const c of await answerCellsOf(db, tenant, attemptIds)) {
    const cells = out.get(c.attemptId) ?? [];
    cells.push(cellOf(c.questionId, readStoredAnswer(c.answer), c.marks));
    out.set(c.attemptId, cells);
  }
  return out;
}
