import { useState } from 'react';
import type { GradingItem } from '@shared/domain/results';
import { useApiQuery } from '../api/use-api-query';
import { formatNumber, plural } from '../lib/format';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';

/** Essays waiting for marks, one at a time, oldest first; names can be hidden for blind marking. */
export function GradingQueue({ testId }: { testId: string }) {
  const [anonymous, setAnonymous] = useState(false);
  const [showGraded, setShowGraded] = useState(false);
  const query = useApiQuery('grading.queue', { testId, anonymous, includeGraded: showGraded });
  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!query.data) return <LoadingState label="Loading answers to grade…" />;
  const items = query.data;
  return (
    <section className="panel" aria-labelledby="grading-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="grading-heading">
          {showGraded ? 'Essay answers' : 'Waiting for a grader'}
        </h2>
        <span className="panel__meta">{plural(items.length, 'answer')}</span>
      </div>
      <div className="panel__toolbar toolbar">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          Hide student names
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showGraded}
            onChange={(e) => setShowGraded(e.target.checked)}
          />
          Include graded answers
        </label>
      </div>
      {items.length === 0 ? (
        <EmptyState title="Nothing to grade">Every essay of this test has its marks.</EmptyState>
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
  const [marks, setMarks] = useState(item.marks === null ? '' : String(item.marks));
  const [comment, setComment] = useState(item.comment ?? '');
  const grade = useApiMutation('grading.grade');
  const fieldError = grade.error?.field === 'marks' ? grade.error.message : null;
  const id = item.answerId;
  return (
    <article className="item-card" aria-label={`Answer by ${item.studentName ?? 'a student'}`}>
      <div>
        <p className="muted">
          {item.studentName ?? 'Anonymous'} · {item.questionText}
        </p>
        <p className="pre-line">{item.answerText || <span className="muted">(no answer)</span>}</p>
        <p className="muted">
          {plural(item.wordCount, 'word')}
          {item.minWords !== null && ` · at least ${item.minWords}`}
          {item.maxWords !== null && ` · at most ${item.maxWords}`}
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
            Marks (out of {formatNumber(item.maxMarks)})
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
            Comment for the student
          </label>
          <textarea
            id={`comment-${id}`}
            className="input textarea"
            rows={2}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        {grade.error && !fieldError && <Banner tone="danger">{grade.error.message}</Banner>}
        <div className="editor__actions">
          <button type="submit" className="button button--primary" disabled={grade.busy}>
            {item.gradedAt ? 'Update grade' : 'Save grade'}
          </button>
        </div>
      </form>
    </article>
  );
}
