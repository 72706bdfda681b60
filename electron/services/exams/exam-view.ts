import type { AttemptRow } from '@db/repositories/attempts';
import { listAnswers, paperOf, paperQuestions } from '@db/repositories/exam-attempts';
import { playCounts } from '@db/repositories/media-plays';
import { getTestRow } from '@db/repositories/tests';
import type { Db } from '@db/client';
import type { TenantContext } from '@db/tenant';
import { toBool } from '@db/rows';
import { conflict, refusal } from '@shared/api/result';
import { attemptStatusSchema } from '@shared/domain/attempts';
import { examQuestionOf } from '@shared/delivery/exam-view';
import type { ExamClockView, ExamSession, SavedAnswer } from '@shared/domain/exam';

export async function buildExamSession(
  db: Db,
  tenant: TenantContext,
  row: AttemptRow,
  clock: ExamClockView,
): Promise<ExamSession> {
  const paper = paperOf(row);
  if (!paper) throw refusal('INTERNAL', 'exam.noPaper', {});
  const questions = await paperQuestions(db, tenant, paper);
  const examQuestions = paper.entries.flatMap((e, i) => {
    const q = questions.get(e.questionId);
    return q ? [examQuestionOf(e, q, i + 1, paper)] : [];
  });
  if (examQuestions.length !== paper.entries.length) {
    throw conflict('exam.questionsMissing');
  }
  const answers: SavedAnswer[] = (await listAnswers(db, tenant, row.id)).map((a) => ({
    questionId: a.questionId,
    answer: a.answer,
    flagged: a.flagged,
    savedAt: a.savedAt ?? '',
  }));
  const test = await getTestRow(db, tenant, row.testId).catch(() => null);
  const plays = await playCounts(db, tenant, row.id);
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
    ...(plays.size > 0 && { audioPlays: Object.fromEntries(plays) }),
  };
}
