import type { SessionInfo } from '@shared/domain/organisation';
import { useApiQuery } from '../api/use-api-query';
import { AppShell } from '../app/AppShell';
import { hrefFor } from '../app/route-store';
import { formatNumber } from '../lib/format';
import { useDocumentTitle } from '../lib/use-document-title';
import { ErrorState, LoadingState } from '../ui/States';
import { AttemptReview } from './review/QuestionReviewCard';

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
              <AttemptReview reviews={outcome.questions} />
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
