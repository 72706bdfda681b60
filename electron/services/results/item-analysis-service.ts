import { answerSummariesOfTest } from '@db/repositories/answer-summaries';
import { FINISHED } from '@db/repositories/gradebook';
import { analysisAttempts, answerCellsOf } from '@db/repositories/item-analysis';
import { getQuestionsByIds } from '@db/repositories/questions';
import { getTest } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { AnswerColumnsBuilder } from '@shared/analysis/answer-columns';
import { readStoredAnswer } from '@shared/analysis/answer-reading';
import { cellOf, SummaryReader, type SummaryCell } from '@shared/analysis/answer-summary';
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

/** Item analysis of a test's finished attempts; a plan feature (item_analysis). */
export async function readItemAnalysis(
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
  const finished = (await analysisAttempts(env.db(), tenant, testId)).filter((a) =>
    FINISHED.includes(a.status),
  );
  const summaries = await answerSummariesOfTest(env.db(), tenant, testId);
  // Attempts scored before there were summaries are read from their answers.
  const unsummarised = await cellsByAttempt(
    env.db(),
    tenant,
    finished.filter((a) => !summaries.has(a.attemptId)).map((a) => a.attemptId),
  );
  const builder = new AnswerColumnsBuilder(questions, finished.length);
  const reader = new SummaryReader();
  for (const a of finished) {
    builder.startAttempt(
      a.attemptId,
      a.paper ? new Set(paperLines(a.paper, test.questions).map((l) => l.questionId)) : undefined,
    );
    const summary = summaries.get(a.attemptId);
    const read = summary === undefined ? null : reader.read(summary);
    if (read) {
      builder.addSummary(read);
      continue;
    }
    const cells =
      summary === undefined
        ? unsummarised.get(a.attemptId)
        : // A summary this version cannot read (a newer app's): its answers, then.
          (await cellsByAttempt(env.db(), tenant, [a.attemptId])).get(a.attemptId);
    for (const cell of cells ?? []) builder.addCell(cell);
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
