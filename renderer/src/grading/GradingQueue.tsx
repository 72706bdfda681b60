import { useState } from 'react';
import type { GradingItem } from '@shared/domain/results';
import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

/** Essays waiting for marks, one at a time, oldest first; names can be hidden for blind marking. */
export function GradingQueue({ testId }: { testId: string }) {
  const intl = useIntl();
  const [anonymous, setAnonymous] = useState(false);
  const [showGraded, setShowGraded] = useState(false);
  const query = useApiQuery('grading.queue', { testId, anonymous, includeGraded: showGraded });
  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!query.data) return <LoadingState label={intl.formatMessage(messages.loading)} />;
  const items = query.data;
  return (
    <section className="panel" aria-labelledby="grading-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="grading-heading">
          {intl.formatMessage(showGraded ? messages.essayAnswers : messages.waiting)}
        </h2>
        <span className="panel__meta">
          {intl.formatMessage(messages.answerCount, { count: items.length })}
        </span>
      </div>
      <div className="panel__toolbar toolbar">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          {intl.formatMessage(messages.hideNames)}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showGraded}
            onChange={(e) => setShowGraded(e.target.checked)}
          />
          {intl.formatMessage(messages.includeGraded)}
        </label>
      </div>
      {items.length === 0 ? (
        <EmptyState title={intl.formatMessage(messages.nothingToGrade)}>
          {intl.formatMessage(messages.allGraded)}
        </EmptyState>
      ) : (
        <div className="panel__body">
          {items.map((item) => (
            <GradeCard key={item.answerId} item={item} />
          ))}
        </div>
      )}
    </section>
  );
}

function GradeCard({ item }: { item: GradingItem }) {
  const intl = useIntl();
  const [marks, setMarks] = useState(item.marks === null ? '' : String(item.marks));
  const [comment, setComment] = useState(item.comment ?? '');
  const grade = useApiMutation('grading.grade');
  const fieldError = grade.error?.field === 'marks' ? shownError(grade.error) : null;
  const id = item.answerId;
  return (
    <article
      className="item-card"
      aria-label={intl.formatMessage(messages.answerBy, {
        student: item.studentName ?? intl.formatMessage(messages.aStudent),
      })}
    >
      <div>
        <p className="muted">
          {intl.formatMessage(messages.studentAndQuestion, {
            student: item.studentName ?? intl.formatMessage(messages.anonymous),
            question: item.questionText,
          })}
        </p>
        <p className="pre-line">
          {item.answerText || (
            <span className="muted">{intl.formatMessage(messages.noAnswer)}</span>
          )}
        </p>
        <p className="muted">
          {intl.formatMessage(messages.wordCount, { count: item.wordCount })}
          {item.minWords !== null && intl.formatMessage(messages.atLeast, { count: item.minWords })}
          {item.maxWords !== null && intl.formatMessage(messages.atMost, { count: item.maxWords })}
        </p>
      </div>
      <form
        className="editor"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void grade.run({
            answerId: id,
            marks: marks.trim() === '' ? Number.NaN : Number(marks),
            comment: comment.trim() === '' ? null : comment,
          });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`marks-${id}`}>
            {intl.formatMessage(messages.marksOutOf, { max: item.maxMarks })}
          </label>
          <input
            id={`marks-${id}`}
            className="input input--narrow"
            inputMode="decimal"
            value={marks}
            aria-invalid={fieldError ? true : undefined}
            onChange={(e) => setMarks(e.target.value)}
          />
          {fieldError && (
            <span className="field__error" role="alert">
              {fieldError}
            </span>
          )}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`comment-${id}`}>
            {intl.formatMessage(messages.comment)}
          </label>
          <textarea
            id={`comment-${id}`}
            className="input textarea"
            rows={2}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        {grade.error && !fieldError && <Banner tone="danger">{shownError(grade.error)}</Banner>}
        <div className="editor__actions">
          <button type="submit" className="button button--primary" disabled={grade.busy}>
            {intl.formatMessage(item.gradedAt ? messages.updateGrade : messages.saveGrade)}
          </button>
        </div>
      </form>
    </article>
  );
}
