import type { QuestionReview, ReleasedKey } from '@shared/review/question-review';
import { RichText } from '../../content/RichText';
import { InlineFeedback } from './FeedbackBlock';
import { percent } from './review-words';
import { useIntl } from '../../i18n/use-intl';
import { messages } from './messages';

interface Row {
  id: string;
  text: string;
  rich: boolean;
}

function chosenIds(review: QuestionReview): string[] {
  const a = review.answer;
  if (a?.type === 'single_choice') return [a.optionId];
  if (a?.type === 'multiple_response') return a.optionIds;
  if (a?.type === 'true_false') return [a.value ? 'true' : 'false'];
  return [];
}

function keyIds(key: ReleasedKey | null): string[] | null {
  if (key?.type === 'single_choice') return [key.key.optionId];
  if (key?.type === 'multiple_response') return key.key.optionIds;
  if (key?.type === 'true_false') return [key.key.value ? 'true' : 'false'];
  return null;
}

function weightsOf(key: ReleasedKey | null): Record<string, number> | null {
  if (key?.type === 'single_choice' || key?.type === 'multiple_response') {
    return key.key.weights ?? null;
  }
  return null;
}

/**
 * Every option, each marked in words: the student's choice, the right
 * answer, and what a partly right option was worth; with the feedback on
 * each option the student chose.
 */
export function ChoiceReview({ review }: { review: QuestionReview }) {
  const intl = useIntl();
  const { question } = review;
  const rows: Row[] =
    question.type === 'true_false'
      ? [
          { id: 'true', text: intl.formatMessage(messages.true), rich: false },
          { id: 'false', text: intl.formatMessage(messages.false), rich: false },
        ]
      : (question.options ?? []).map((o) => ({ id: o.id, text: o.text, rich: true }));
  const chosen = new Set(chosenIds(review));
  const right = keyIds(review.key);
  const weights = weightsOf(review.key);
  const feedback = new Map(review.feedback?.perOption.map((f) => [f.optionId, f.text]) ?? []);
  return (
    <ul className="review-options">
      {rows.map((row) => {
        const isChosen = chosen.has(row.id);
        const isRight = right?.includes(row.id) ?? false;
        const weight = weights?.[row.id];
        return (
          <li
            key={row.id}
            className={`review-option${isChosen ? ' review-option--chosen' : ''}${isRight ? ' review-option--right' : ''}`}
          >
            {row.rich ? (
              <RichText format={question.format} text={row.text} inline />
            ) : (
              <span>{row.text}</span>
            )}
            <span className="review-option__tags">
              {isChosen && (
                <span className="review-tag review-tag--chosen">
                  {intl.formatMessage(messages.yourAnswer)}
                </span>
              )}
              {isRight && (
                <span className="review-tag review-tag--right">
                  {intl.formatMessage(messages.correctAnswer)}
                </span>
              )}
              {weight !== undefined && weight !== 0 && weight !== 1 && (
                <span className="review-tag">
                  {intl.formatMessage(messages.worth, { percent: percent(weight) })}
                </span>
              )}
            </span>
            {isChosen && <InlineFeedback text={feedback.get(row.id)} format={question.format} />}
          </li>
        );
      })}
    </ul>
  );
}
