import type { NumericAlternative } from '@shared/domain/question-parts';
import type { QuestionReview } from '@shared/review/question-review';
import { currentIntl } from '../../i18n/intl';
import { translatedLabels } from '../../i18n/translated-labels';
import { formatNumber } from '../../lib/format';
import { messages } from './messages';

export type Verdict = 'correct' | 'partial' | 'incorrect' | 'unanswered' | 'pending' | 'info';

/** How the question went, in one word the student reads (never by colour alone). */
export function verdictOf(review: QuestionReview): Verdict {
  if (review.question.type === 'description') return 'info';
  if (review.needsManualGrading || review.marksObtained === null) return 'pending';
  if (review.answer === null) return 'unanswered';
  if (review.isCorrect === true) return 'correct';
  return review.marksObtained > 0 ? 'partial' : 'incorrect';
}

export const verdictWords: Readonly<Record<Verdict, string>> = translatedLabels({
  correct: messages.correct,
  partial: messages.partial,
  incorrect: messages.incorrect,
  unanswered: messages.unanswered,
  pending: messages.pending,
  info: messages.info,
});

export const percent = (fraction: number): string =>
  currentIntl().formatMessage(messages.percent, { value: formatNumber(fraction * 100) });

/** `a or b or c`: the accepted answers, each one whole. */
export function orWords(texts: readonly string[]): string {
  const intl = currentIntl();
  return texts.reduce((first, second) => intl.formatMessage(messages.or, { first, second }));
}

/** `9.81 (within ± 0.02)`, `300 (within 5 %)`, or the number alone with no tolerance. */
export function numberWithTolerance(
  key: Pick<NumericAlternative, 'value' | 'tolerance' | 'toleranceMode'>,
): string {
  const value = formatNumber(key.value);
  if (key.tolerance === 0) return value;
  const intl = currentIntl();
  return key.toleranceMode === 'relative'
    ? intl.formatMessage(messages.withinRelative, { value, tolerance: percent(key.tolerance) })
    : intl.formatMessage(messages.withinAbsolute, {
        value,
        tolerance: formatNumber(key.tolerance),
      });
}

export function marksWords(obtained: number | null, full: number): string {
  const intl = currentIntl();
  return obtained === null
    ? intl.formatMessage(messages.noMarksYet, { full })
    : intl.formatMessage(messages.marksOf, { obtained: formatNumber(obtained), full });
}
