import { getAttemptRow } from '@db/repositories/attempts';
import { listAnswers, paperOf, paperQuestions } from '@db/repositories/exam-attempts';
import { scoringOptionsOf } from '@db/repositories/test-delivery';
import { getTestRow } from '@db/repositories/tests';
import type { TenantContext } from '@db/tenant';
import { examQuestionOf } from '@shared/delivery/exam-view';
import { attemptStatusSchema } from '@shared/domain/attempts';
import { isAnswerable } from '@shared/domain/questions';
import {
  defaultReviewRelease,
  reviewReleaseSchema,
  scoreVisibleToStudent,
  showScoreSchema,
} from '@shared/domain/tests';
import { passedOf, type AttemptOutcome } from '@shared/review/attempt-outcome';
import { attemptReview, reviewVisible } from '@shared/review/question-review';
import type { ServiceEnv } from '../service-env';

/**
 * A student's own finished attempt as they may see it: the score and pass
 * or fail by the test's `show_score`, and the per-question review by its
 * `review_release`. Keys and feedback are read only once the review may be
 * shown; until then nothing of them is in the answer.
 */
export async function readAttemptOutcome(
  env: ServiceEnv,
  tenant: TenantContext,
  attemptId: string,
): Promise<AttemptOutcome> {
  const db = env.db();
  const row = await getAttemptRow(db, tenant, attemptId);
  const status = attemptStatusSchema.catch('in_progress').parse(row.status);
  const test = await getTestRow(db, tenant, row.testId).catch(() => null);
  const showScore = showScoreSchema.catch('immediately').parse(test?.showScore);
  const release = reviewReleaseSchema.catch(defaultReviewRelease).parse(test?.reviewRelease);
  const scoreShown = scoreVisibleToStudent(showScore, status);
  const score = scoreShown ? row.score : null;
  const totalMarks = scoreShown ? row.totalMarks : null;
  const passMark = test?.passMark ?? null;
  const outcome: AttemptOutcome = {
    attemptId: row.id,
    testId: row.testId,
    testName: test?.testName ?? 'Exam',
    status,
    submittedAt: row.submittedAt,
    showScore,
    reviewRelease: release,
    score,
    totalMarks,
    passMark,
    passed: passedOf(score, totalMarks, passMark, status),
    questions: null,
  };
  const paper = paperOf(row);
  if (!paper || !reviewVisible(release, showScore, status)) return outcome;
  const questions = await paperQuestions(db, tenant, paper);
  const answers = new Map((await listAnswers(db, tenant, row.id)).map((a) => [a.questionId, a]));
  const items = paper.entries.flatMap((entry, i) => {
    const question = questions.get(entry.questionId);
    if (!question) return [];
    const stored = answers.get(entry.questionId);
    const marksObtained = stored?.marksObtained ?? null;
    return [
      {
        view: examQuestionOf(entry, question, i + 1, paper),
        question,
        answer: stored?.answer ?? null,
        score: {
          isCorrect: stored?.isCorrect ?? null,
          marksObtained,
          needsManualGrading: isAnswerable(question.type) && marksObtained === null,
        },
      },
    ];
  });
  return {
    ...outcome,
    questions: attemptReview(items, {
      release,
      showScore,
      attemptStatus: status,
      scoring: await scoringOptionsOf(db, tenant, row.testId),
    }),
  };
}
