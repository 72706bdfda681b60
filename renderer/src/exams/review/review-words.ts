import type { NumericAlternative } from '@shared/domain/question-parts';
import type { QuestionReview } from '@shared/review/question-review';
import { formatNumber } from '../../lib/format';

export type Verdict = 'correct' | 'partial' | 'incorrect' | 'unanswered' | 'pending' | 'info';

/** How the question went, in one word the student reads (never by colour alone). */
export function verdictOf(review: QuestionReview): Verdict {
  if (review.question.type === 'description') return 'info';
  if (review.needsManualGrading || review.marksObtained === null) return 'pending';
  if (review.answer === null) return 'unanswered';
  if (review.isCorrect === true) return 'correct';
  return review.marksObtained > 0 ? 'partial' : 'incorrect';
}

export const verdictWords: Record<Verdict, string> = {
  correct: 'Correct',
  partial: 'Partly correct',
  incorrect: 'Incorrect',
  unanswered: 'Not answered',
  pending: 'Awaiting grading',
  info: 'Information',
};

export const percent = (fraction: number): string => `${formatNumber(fraction * 100)} %`;

/** `9.81 (within ± 0.02)`, `300 (within 5 %)`, or the number alone with no tolerance. */
export function numberWithTolerance(
  key: Pick<NumericAlternative, 'value' | 'tolerance' | 'toleranceMode'>,
): string {
  const value = formatNumber(key.value);
  if (key.tolerance === 0) return value;
  return key.toleranceMode === 'relative'
    ? `${value} (within ${percent(key.tolerance)})`
    : `${value} (within ± ${formatNumber(key.tolerance)})`;
}

export function marksWords(obtained: number | null, full: number): string {
  const of = `${formatNumber(full)} ${full === 1 ? 'mark' : 'marks'}`;
  return obtained === null ? `– / ${of}` : `${formatNumber(obtained)} / ${of}`;
}
