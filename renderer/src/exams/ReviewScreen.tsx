import { plainTextOf } from '@shared/content/plain-text';
import type { ExamSession } from '@shared/domain/exam';
import { isAnswerable } from '@shared/domain/questions';
import { formatNumber } from '../lib/format';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { goTo, isAnswered, type AnswerState } from './exam-store';

/** Every question with its state, before submitting; any of them can be opened again. */
export function ReviewScreen({
  session,
  answers,
  onSubmit,
}: {
  session: ExamSession;
  answers: Record<string, AnswerState>;
  onSubmit: () => void;
}) {
  const intl = useIntl();
  const unanswered = session.questions.filter(
    (q) => isAnswerable(q.type) && !isAnswered(answers[q.questionId]?.value ?? null),
  );
  const flagged = session.questions.filter((q) => answers[q.questionId]?.flagged);
  return (
    <section className="review" aria-labelledby="review-heading">
      <h2 id="review-heading">{intl.formatMessage(messages.reviewHeading)}</h2>
      <p className="review__lede">
        {unanswered.length === 0
          ? intl.formatMessage(messages.allAnswered)
          : intl.formatMessage(messages.notAnsweredYet, { count: unanswered.length })}
        {flagged.length > 0 &&
          intl.formatMessage(messages.flaggedForReview, { count: flagged.length })}
      </p>
      <table className="table review__table">
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(messages.columnQuestion)}</th>
            <th scope="col">{intl.formatMessage(messages.columnAnswer)}</th>
            <th scope="col">{intl.formatMessage(messages.columnFlag)}</th>
            <th scope="col">
              <span className="visually-hidden">{intl.formatMessage(messages.open)}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {session.questions.map((q, i) => {
            const state = answers[q.questionId];
            const done = isAnswered(state?.value ?? null);
            const text = plainTextOf(q.format, q.text);
            return (
              <tr key={q.questionId}>
                <td>
                  <span className="review__num">{formatNumber(q.number)}.</span>{' '}
                  {text.length > 90 ? `${text.slice(0, 90)}…` : text}
                </td>
                <td>
                  {!isAnswerable(q.type) ? (
                    intl.formatMessage(messages.cellNothingToAnswer)
                  ) : done ? (
                    intl.formatMessage(messages.cellAnswered)
                  ) : (
                    <strong className="text-warning">
                      {intl.formatMessage(messages.cellNotAnswered)}
                    </strong>
                  )}
                </td>
                <td>{state?.flagged ? intl.formatMessage(messages.cellFlagged) : ''}</td>
                <td>
                  <button type="button" className="button button--small" onClick={() => goTo(i)}>
                    {intl.formatMessage(messages.open)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="review__actions">
        <button type="button" className="button" onClick={() => goTo(0)}>
          {intl.formatMessage(messages.backToQuestions)}
        </button>
        <button type="button" className="button button--primary" onClick={onSubmit}>
          {intl.formatMessage(messages.submitExam)}
        </button>
      </div>
    </section>
  );
}
