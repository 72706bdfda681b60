import { plainTextOf } from '@shared/content/plain-text';
import type { ExamSession } from '@shared/domain/exam';
import { isAnswerable } from '@shared/domain/questions';
import { plural } from '../lib/format';
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
  const unanswered = session.questions.filter(
    (q) => isAnswerable(q.type) && !isAnswered(answers[q.questionId]?.value ?? null),
  );
  const flagged = session.questions.filter((q) => answers[q.questionId]?.flagged);
  return (
    <section className="review" aria-labelledby="review-heading">
      <h2 id="review-heading">Review your answers</h2>
      <p className="review__lede">
        {unanswered.length === 0
          ? 'You have answered every question.'
          : `${plural(unanswered.length, 'question')} not answered yet.`}
        {flagged.length > 0 && ` ${plural(flagged.length, 'question')} flagged for review.`}
      </p>
      <table className="table review__table">
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Answer</th>
            <th scope="col">Flag</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
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
                  <span className="review__num">{q.number}.</span>{' '}
                  {text.length > 90 ? `${text.slice(0, 90)}…` : text}
                </td>
                <td>
                  {!isAnswerable(q.type) ? (
                    'Nothing to answer'
                  ) : done ? (
                    'Answered'
                  ) : (
                    <strong className="text-warning">Not answered</strong>
                  )}
                </td>
                <td>{state?.flagged ? 'Flagged' : ''}</td>
                <td>
                  <button type="button" className="button button--small" onClick={() => goTo(i)}>
                    Open
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="review__actions">
        <button type="button" className="button" onClick={() => goTo(0)}>
          Back to the questions
        </button>
        <button type="button" className="button button--primary" onClick={onSubmit}>
          Submit exam
        </button>
      </div>
    </section>
  );
}
