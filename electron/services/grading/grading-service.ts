import type { Db } from '@db/client';
import { nowIsoOf } from '@db/env';
import { mutate } from '@db/mutation';
import { writeAnswerSummary } from '@db/repositories/answer-summaries';
import {
  attemptTally,
  getGradingRow,
  gradingRows,
  questionTextsFor,
  setAnswerGrade,
  setAttemptResult,
  type GradingRow,
} from '@db/repositories/grading';
import { getTest } from '@db/repositories/tests';
import { parseJson } from '@db/rows';
import type { TenantContext } from '@db/tenant';
import { conflict, invalid } from '@shared/api/result';
import { diffObjects } from '@shared/audit/diff';
import { answerValueSchema, countWords, questionSettingsSchema } from '@shared/domain/questions';
import type { GradingItem } from '@shared/domain/results';
import type { ServiceEnv } from '../service-env';
import { paperLines } from '../results/paper-marks';

const roundMarks = (v: number) => Math.round(v * 1e6) / 1e6;

function answerText(raw: string | null): string {
  const parsed = answerValueSchema.safeParse(parseJson<unknown>(raw, null));
  if (!parsed.success) return '';
  return parsed.data.type === 'essay' || parsed.data.type === 'short_answer'
    ? parsed.data.text
    : '';
}

async function maxMarksFor(db: Db, tenant: TenantContext, row: GradingRow): Promise<number> {
  const test = await getTest(db, tenant, row.testId);
  const line = paperLines(row.paper, test.questions).find((l) => l.questionId === row.questionId);
  return line?.marks ?? 0;
}

/** Reads on `db`, which inside a grading change is its transaction (the connection is not shared). */
async function toItems(
  db: Db,
  tenant: TenantContext,
  rows: readonly GradingRow[],
  anonymous: boolean,
): Promise<GradingItem[]> {
  const texts = await questionTextsFor(db, tenant, rows);
  const tests = new Map<string, Awaited<ReturnType<typeof getTest>>>();
  const items: GradingItem[] = [];
  for (const row of rows) {
    let test = tests.get(row.testId);
    if (!test) {
      test = await getTest(db, tenant, row.testId);
      tests.set(row.testId, test);
    }
    const line = paperLines(row.paper, test.questions).find((l) => l.questionId === row.questionId);
    const q = texts.get(row.questionVersionId ?? '') ?? texts.get(row.questionId);
    const settings = questionSettingsSchema.safeParse(parseJson<unknown>(q?.settings ?? null, {}));
    const text = answerText(row.studentAnswer);
    items.push({
      answerId: row.answerId,
      attemptId: row.attemptId,
      testId: row.testId,
      testName: row.testName,
      studentName: anonymous ? null : row.studentName,
      questionId: row.questionId,
      questionText: q?.text ?? '',
      answerText: text,
      wordCount: countWords(text),
      minWords: settings.success ? (settings.data.minWords ?? null) : null,
      maxWords: settings.success ? (settings.data.maxWords ?? null) : null,
      maxMarks: line?.marks ?? q?.marks ?? 0,
      marks: row.marksObtained,
      comment: row.graderComment,
      gradedAt: row.gradedAt,
      gradedBy: row.gradedBy,
    });
  }
  return items;
}

/** Essays waiting for a grader (or all essays, for a second look), oldest submission first. */
export async function gradingQueue(
  env: ServiceEnv,
  tenant: TenantContext,
  filter: {
    testId?: string | undefined;
    includeGraded?: boolean | undefined;
    anonymous?: boolean | undefined;
  },
): Promise<GradingItem[]> {
  if (filter.testId) await getTest(env.db(), tenant, filter.testId);
  const rows = await gradingRows(env.db(), tenant, filter);
  return toItems(env.db(), tenant, rows, filter.anonymous ?? false);
}

/**
 * Grades one essay answer: marks (0..the question's marks on the paper) and a
 * comment. The attempt's score is summed again, it becomes graded when nothing
 * is left to grade, and the change is audited with before and after.
 */
export function gradeAnswer(
  env: ServiceEnv,
  tenant: TenantContext,
  input: { answerId: string; marks: number; comment: string | null },
): Promise<GradingItem> {
  return mutate(env, tenant, async (tx) => {
    const row = await getGradingRow(tx, tenant, input.answerId);
    if (row.attemptStatus === 'in_progress') throw conflict('grading.stillSat');
    const max = await maxMarksFor(tx, tenant, row);
    if (input.marks > max) throw invalid('marks', 'grading.marksAtMost', { max });
    const before = await attemptTally(tx, tenant, row.attemptId);
    const nowIso = nowIsoOf(env);
    await setAnswerGrade(tx, tenant, input.answerId, {
      marks: roundMarks(input.marks),
      comment: input.comment,
      nowIso,
    });
    const after = await attemptTally(tx, tenant, row.attemptId);
    const score = roundMarks(Math.max(0, after.sum));
    const status = after.pending > 0 ? 'needs_grading' : 'graded';
    await setAttemptResult(tx, tenant, row.attemptId, { score, status, nowIso });
    await writeAnswerSummary(tx, tenant, row.attemptId, nowIso);
    const [item] = await toItems(
      tx,
      tenant,
      [await getGradingRow(tx, tenant, input.answerId)],
      false,
    );
    if (!item) throw conflict('grading.readBack');
    return {
      value: item,
      audit: {
        action: 'answer.grade',
        resourceType: 'attempt_answer',
        resourceId: input.answerId,
        changes: diffObjects(
          {
            marks: row.marksObtained,
            comment: row.graderComment,
            attemptScore: roundMarks(Math.max(0, before.sum)),
            attemptStatus: row.attemptStatus,
          },
          { marks: item.marks, comment: input.comment, attemptScore: score, attemptStatus: status },
        ),
      },
    };
  });
}
