import type { QuestionReview } from '@shared/review/question-review';
import { formatNumber } from '../../lib/format';
import { numberWithTolerance, percent } from './review-words';

function givenText(review: QuestionReview): string | null {
  const a = review.answer;
  if (a?.type === 'short_answer' || a?.type === 'essay') return a.text;
  if (a?.type === 'numeric') return formatNumber(a.value);
  return null;
}

/** A typed answer beside what was accepted: short answers, numbers and essays. */
export function TextReview({ review }: { review: QuestionReview }) {
  const given = givenText(review);
  const { key } = review;
  return (
    <dl className="review-pairs">
      <dt>Your answer</dt>
      <dd className={review.question.type === 'essay' ? 'review-pairs__essay' : undefined}>
        {given ?? <em>Not answered</em>}
      </dd>
      {key?.type === 'short_answer' && (
        <>
          <dt>{key.key.accepted.length > 1 ? 'Accepted answers' : 'Correct answer'}</dt>
          <dd>
            {key.key.accepted.join(' or ')}
            {key.key.caseSensitive && ' (capitals count)'}
          </dd>
          {(key.key.partial ?? []).length > 0 && (
            <>
              <dt>Also accepted, for part of the marks</dt>
              <dd>
                {(key.key.partial ?? [])
                  .map((p) => `${p.answer} (${percent(p.credit)})`)
                  .join(', ')}
              </dd>
            </>
          )}
        </>
      )}
      {key?.type === 'numeric' && (
        <>
          <dt>Correct answer</dt>
          <dd>{numberWithTolerance(key.key)}</dd>
          {(key.key.alternatives ?? []).length > 0 && (
            <>
              <dt>Also accepted, for part of the marks</dt>
              <dd>
                {(key.key.alternatives ?? [])
                  .map((alt) => `${numberWithTolerance(alt)}: ${percent(alt.credit)}`)
                  .join('; ')}
              </dd>
            </>
          )}
        </>
      )}
    </dl>
  );
}
