import type { ContentFormat } from '@shared/domain/question-parts';
import type { ReviewFeedback } from '@shared/review/feedback';
import { RichText } from '../../content/RichText';
import { useIntl } from '../../i18n/use-intl';
import { messages } from './messages';

/**
 * The author's feedback that fits this answer: on the outcome, on the answer
 * given, and in general. Feedback on options and gaps is shown beside them.
 */
export function FeedbackBlock({
  feedback,
  format,
}: {
  feedback: ReviewFeedback;
  format: ContentFormat | undefined;
}) {
  const intl = useIntl();
  const texts = [feedback.outcomeText, feedback.perAnswer, feedback.general].filter(
    (t): t is string => t !== null,
  );
  if (texts.length === 0) return null;
  return (
    <section className="review-card__feedback" aria-label={intl.formatMessage(messages.feedback)}>
      <h4 className="review-card__subhead">{intl.formatMessage(messages.feedback)}</h4>
      {texts.map((text, i) => (
        <RichText key={i} format={format} text={text} className="review-card__feedback-text" />
      ))}
    </section>
  );
}

/** Feedback on one option or gap, shown where it belongs. */
export function InlineFeedback({
  text,
  format,
}: {
  text: string | undefined;
  format: ContentFormat | undefined;
}) {
  const intl = useIntl();
  if (text === undefined) return null;
  return (
    <span className="review-card__inline-feedback">
      <span className="visually-hidden">{intl.formatMessage(messages.feedbackPrefix)}</span>
      <RichText format={format} text={text} inline />
    </span>
  );
}
