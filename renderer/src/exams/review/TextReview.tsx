import type { QuestionReview } from '@shared/review/question-review';
import { formatNumber } from '../../lib/format';
import { numberWithTolerance, orWords, percent } from './review-words';
import { useIntl } from '../../i18n/use-intl';
import { messages } from './messages';

function givenText(review: QuestionReview): string | null {
  const a = review.answer;
  if (a?.type === 'short_answer' || a?.type === 'essay') return a.text;
  if (a?.type === 'numeric') return formatNumber(a.value);
  return null;
}

/** A typed answer beside what was accepted: short answers, numbers and essays. */
export function TextReview({ review }: { review: QuestionReview }) {
  const intl = useIntl();
  const given = givenText(review);
  const { key } = review;
  return (
    <dl className="review-pairs">
      <dt>{intl.formatMessage(messages.yourAnswer)}</dt>
      <dd className={review.question.type === 'essay' ? 'review-pairs__essay' : undefined}>
        {given ?? <em>{intl.formatMessage(messages.unanswered)}</em>}
      </dd>
      {key?.type === 'short_answer' && (
        <>
          <dt>
            {intl.formatMessage(
              key.key.accepted.length > 1 ? messages.acceptedAnswers : messages.correctAnswer,
            )}
          </dt>
          <dd>
            {orWords(key.key.accepted)}
            {key.key.caseSensitive && intl.formatMessage(messages.capitalsCount)}
          </dd>
          {(key.key.partial ?? []).length > 0 && (
            <>
              <dt>{intl.formatMessage(messages.alsoAccepted)}</dt>
              <dd>
                {(key.key.partial ?? [])
                  .map((p) =>
                    intl.formatMessage(messages.partialCredit, {
                      answer: p.answer,
                      percent: percent(p.credit),
                    }),
                  )
                  .join(', ')}
              </dd>
            </>
          )}
        </>
      )}
      {key?.type === 'numeric' && (
        <>
          <dt>{intl.formatMessage(messages.correctAnswer)}</dt>
          <dd>{numberWithTolerance(key.key)}</dd>
          {(key.key.alternatives ?? []).length > 0 && (
            <>
              <dt>{intl.formatMessage(messages.alsoAccepted)}</dt>
              <dd>
                {(key.key.alternatives ?? [])
                  .map((alt) =>
                    intl.formatMessage(messages.alternativeCredit, {
                      answer: numberWithTolerance(alt),
                      percent: percent(alt.credit),
                    }),
                  )
                  .join('; ')}
              </dd>
            </>
          )}
        </>
      )}
    </dl>
  );
}
