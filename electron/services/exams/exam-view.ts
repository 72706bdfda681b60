import type { AttemptRow } from '@db/repositories/attempts';
import { listAnswers, paperOf, paperQuestions } from '@db/repositories/exam-attempts';
import { getTestRow } from '@db/repositories/tests';
import type { Db } from '@db/client';
import type { TenantContext } from '@db/tenant';
import { toBool } from '@db/rows';
import { ApiError } from '@shared/api/result';
import { attemptStatusSchema } from '@shared/domain/attempts';
import type { StoredQuestion } from '@shared/domain/bank';
import type { ExamClockView, ExamQuestion, ExamSession, SavedAnswer } from '@shared/domain/exam';
import type { PaperEntry } from '@shared/delivery/paper';

/**
 * The question as the student sees it: this paper's option order, and no key.
 * Built field by field, so nothing added to StoredQuestion later leaks through.
 */
export function toExamQuestion(entry: PaperEntry, q: StoredQuestion, number: number): ExamQuestion {
  let options = q.options;
  if (options && entry.optionOrder) {
    const byId = new Map(options.map((o) => [o.id, o]));
    const ordered = entry.optionOrder.flatMap((id) => {
      const o = byId.get(id);
      return o ? [{ id: o.id, text: o.text }] : [];
    });
    const rest = options
      .filter((o) => !entry.optionOrder?.includes(o.id))
      .map((o) => ({ id: o.id, text: o.text }));
    options = [...ordered, ...rest];
  } else if (options) {
    options = options.map((o) => ({ id: o.id, text: o.text }));
  }
  return {
    questionId: entry.questionId,
    versionId: entry.versionId,
    number,
    type: q.type,
    text: q.text,
    options,
    marks: entry.marks,
    settings: { ...q.settings },
  };
}

export async function buildExamSession(
  db: Db,
  tenant: TenantContext,
  row: AttemptRow,
  clock: ExamClockView,
): Promise<ExamSession> {
  const paper = paperOf(row);
  if (!paper) throw new ApiError('INTERNAL', 'This attempt has no paper recorded');
  const questions = await paperQuestions(db, tenant, paper);
  const examQuestions = paper.entries.flatMap((e, i) => {
    const q = questions.get(e.questionId);
    return q ? [toExamQuestion(e, q, i + 1)] : [];
  });
  if (examQuestions.length !== paper.entries.length) {
    throw new ApiError(
      'CONFLICT',
      'Some questions of this exam are not on this computer yet. Ask your proctor to sync it.',
    );
  }
  const answers: SavedAnswer[] = (await listAnswers(db, tenant, row.id)).map((a) => ({
    questionId: a.questionId,
    answer: a.answer,
    flagged: a.flagged,
    savedAt: a.savedAt ?? '',
  }));
  const test = await getTestRow(db, tenant, row.testId).catch(() => null);
  return {
    attemptId: row.id,
    testId: row.testId,
    testName: test?.testName ?? 'Exam',
    attemptNo: row.attemptNo,
    status: attemptStatusSchema.catch('in_progress').parse(row.status),
    allowReview: toBool(test?.allowReview, true),
    startedAt: row.startedAt ?? '',
    questions: examQuestions,
    answers,
    clock,
  };
}
