import type { SessionInfo } from '../../../shared/domain/organisation';
import type { AnswerValue } from '../../../shared/domain/questions';
import type { QuestionReview } from '../../../shared/review/question-review';
import { useApiQuery } from '../api/use-api-query';
import { AppShell } from '../app/AppShell';
import { hrefFor } from '../app/route-store';
import { formatNumber } from '../lib/format';
import { useDocumentTitle } from '../lib/use-document-title';
import { ErrorState, LoadingState } from '../ui/States';

/** Labels of the ids an answer or key names, from the question as the student saw it. */
function labelsOf(q: QuestionReview['question']): Map<string, string> {
  const all = [
    ...(q.options ?? []),
    ...(q.premises ?? []),
    ...(q.responses ?? []),
    ...(q.items ?? []),
    ...(q.gaps ?? []).flatMap((g) => g.options ?? []),
  ];
  return new Map(all.map((i) => [i.id, i.text]));
}

/** A value (an answer or a key) in words; the raw ids where no label is known. */
function words(value: unknown, labels: Map<string, string>): string {
  if (value === null || value === undefined) return 'No answer';
  if (typeof value === 'string') return labels.get(value) ?? value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => words(v, labels)).join(', ');
  const record = value as Record<string, unknown>;
  return Object.entries(record)
    .filter(([k]) => k !== 'type' && k !== 'caseSensitive' && k !== 'toleranceMode')
    .map(([k, v]) => `${labels.get(k) ?? k}: ${words(v, labels)}`)
    .join('; ');
}

function answerWords(answer: AnswerValue | null, labels: Map<string, string>): string {
  return answer === null ? 'No answer' : words(answer, labels);
}

function ReviewItem({ review }: { review: QuestionReview }) {
  const q = review.question;
  const labels = labelsOf(q);
  const fb = review.feedback;
  return (
    <li className="panel">
      <h2>
        Question {q.number}
        {review.marksObtained !== null &&
          ` · ${formatNumber(review.marksObtained)} of ${formatNumber(q.marks)}`}
        {review.needsManualGrading && ' · awaiting a grader'}
      </h2>
      {/* Shown as text: the rich view lives with the exam's own question views. */}
      <p className="review__text">{q.text}</p>
      {q.type !== 'description' && (
        <dl>
          <dt>Your answer</dt>
          <dd>{answerWords(review.answer, labels)}</dd>
          {review.key && (
            <>
              <dt>The answer</dt>
              <dd>{words(review.key.key, labels)}</dd>
            </>
          )}
        </dl>
      )}
      {fb && (
        <div className="review__feedback">
          {[fb.general, fb.outcomeText, fb.perAnswer, ...fb.perOption.map((o) => o.text)]
            .concat(fb.perGap.map((g) => g.text))
            .filter((t): t is string => t !== null)
            .map((t, i) => (
              <p key={i}>{t}</p>
            ))}
        </div>
      )}
    </li>
  );
}

/** A finished attempt's review: each question with the student's answer, the key and feedback, as released. */
export function AttemptReviewScreen({
  session,
  attemptId,
}: {
  session: SessionInfo;
  attemptId: string;
}) {
  useDocumentTitle('Your answers');
  const query = useApiQuery('exams.review', { attemptId });
  const outcome = query.data;
  return (
    <AppShell session={session} mode="My exams">
      <div className="page page--reading">
        {query.error && !outcome ? (
          <ErrorState
            error={query.error}
            onRetry={query.reload}
            title="The review could not be loaded"
          />
        ) : !outcome ? (
          <LoadingState label="Loading your answers…" />
        ) : (
          <>
            <h1>{outcome.testName}</h1>
            {outcome.score !== null && outcome.totalMarks !== null && (
              <p data-testid="review-score">
                {formatNumber(outcome.score)} / {formatNumber(outcome.totalMarks)}
                {outcome.passed !== null && (outcome.passed ? ' · Passed' : ' · Not passed')}
              </p>
            )}
            {outcome.questions === null ? (
              <p>This test does not show the answers.</p>
            ) : (
              <ol className="review-list">
                {outcome.questions.map((r) => (
                  <ReviewItem key={r.question.questionId} review={r} />
                ))}
              </ol>
            )}
          </>
        )}
        <p>
          <a className="button" href={hrefFor('')}>
            Back to my exams
          </a>
        </p>
      </div>
    </AppShell>
  );
}
