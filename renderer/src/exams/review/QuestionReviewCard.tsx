import { useId } from 'react';
import type { QuestionReview } from '@shared/review/question-review';
import { RichText } from '../../content/RichText';
import { ChoiceReview } from './ChoiceReview';
import { FeedbackBlock } from './FeedbackBlock';
import { ClozeReview, MatchingReview, OrderingReview } from './PartsReview';
import { marksWords, verdictOf, verdictWords } from './review-words';
import { TextReview } from './TextReview';
import { formatNumber } from '../../lib/format';
import { useIntl } from '../../i18n/use-intl';
import { messages } from './messages';
import './review.css';

function AnswerAndKey({ review }: { review: QuestionReview }) {
  switch (review.question.type) {
    case 'single_choice':
    case 'multiple_response':
    case 'true_false':
      return <ChoiceReview review={review} />;
    case 'short_answer':
    case 'numeric':
    case 'essay':
      return <TextReview review={review} />;
    case 'matching':
      return <MatchingReview review={review} />;
    case 'ordering':
      return <OrderingReview review={review} />;
    case 'cloze':
      return <ClozeReview review={review} />;
    case 'description':
      return null;
  }
}

/**
 * One question of a released review: the question as the student saw it,
 * their answer beside the key, the marks, and the feedback when the test
 * releases it. Right and wrong are said in words, not by colour alone.
 */
export function QuestionReviewCard({ review }: { review: QuestionReview }) {
  const intl = useIntl();
  const headingId = useId();
  const { question } = review;
  const verdict = verdictOf(review);
  return (
    <article className={`review-card review-card--${verdict}`} aria-labelledby={headingId}>
      <header className="review-card__head">
        <h3 className="review-card__title" id={headingId}>
          {intl.formatMessage(messages.questionNumber, { number: formatNumber(question.number) })}
        </h3>
        <p className="review-card__verdict">
          <span className="review-card__verdict-word">{verdictWords[verdict]}</span>
          {verdict !== 'info' && (
            <span className="review-card__marks">
              {' · '}
              {marksWords(review.marksObtained, question.marks)}
            </span>
          )}
        </p>
      </header>
      <RichText
        format={question.format}
        text={question.text}
        className="review-card__text"
        {...(question.type === 'cloze' && {
          gap: (_gapId: string, position: number) => (
            <span className="review-gap">
              {intl.formatMessage(messages.gapMarker, { position: formatNumber(position) })}
            </span>
          ),
        })}
      />
      <AnswerAndKey review={review} />
      {review.feedback && <FeedbackBlock feedback={review.feedback} format={question.format} />}
    </article>
  );
}

/** A released review of a whole attempt, in paper order. */
export function AttemptReview({ reviews }: { reviews: readonly QuestionReview[] }) {
  const intl = useIntl();
  return (
    <section className="attempt-review" aria-labelledby="attempt-review-heading">
      <h2 id="attempt-review-heading">{intl.formatMessage(messages.yourAnswers)}</h2>
      {reviews.map((review) => (
        <QuestionReviewCard key={review.question.questionId} review={review} />
      ))}
    </section>
  );
}
