import type { AttemptStatus } from '../domain/attempts';
import type { ReviewRelease, ShowScore } from '../domain/tests';
import type { QuestionReview } from './question-review';

/**
 * What a student is shown of a finished attempt: the score and pass or fail
 * when the test lets them see the score, and the per-question review when it
 * releases one too. Whatever is not released is null, never sent.
 */
export interface AttemptOutcome {
  attemptId: string;
  testId: string;
  testName: string;
  status: AttemptStatus;
  submittedAt: string | null;
  showScore: ShowScore;
  reviewRelease: ReviewRelease;
  score: number | null;
  totalMarks: number | null;
  /** The test's pass mark (a percentage), or null when it has none. */
  passMark: number | null;
  /** Against the pass mark, once every answer is marked and the score is visible; null otherwise. */
  passed: boolean | null;
  /** Each question with the answer, the marks, the key and (when released) the feedback; null while not released. */
  questions: QuestionReview[] | null;
}

/** Pass or fail against a pass mark in percent; null with no pass mark, no score, or marks still to come. */
export function passedOf(
  score: number | null,
  totalMarks: number | null,
  passMark: number | null,
  status: string,
): boolean | null {
  if (passMark === null || score === null || totalMarks === null || totalMarks <= 0) return null;
  if (status !== 'graded') return null;
  // Rounded as the gradebook shows a percentage (one decimal), so both agree on the borderline.
  return Math.round((score / totalMarks) * 1000) / 10 >= passMark;
}
