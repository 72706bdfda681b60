import type { SessionInfo } from '@shared/domain/organisation';
import { useApiQuery } from '../api/use-api-query';
import { AppShell } from '../app/AppShell';
import { hrefFor } from '../app/route-store';
import { formatNumber } from '../lib/format';
import { useDocumentTitle } from '../lib/use-document-title';
import { ErrorState, LoadingState } from '../ui/States';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { AttemptReview } from './review/QuestionReviewCard';

/** A finished attempt's review: each question with the student's answer, the key and feedback, as released. */
export function AttemptReviewScreen({
  session,
  attemptId,
}: {
  session: SessionInfo;
  attemptId: string;
}) {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage(messages.yourAnswers));
  const query = useApiQuery('exams.review', { attemptId });
  const outcome = query.data;
  return (
    <AppShell session={session} mode={intl.formatMessage(messages.myExams)}>
      <div className="page page--reading">
        {query.error && !outcome ? (
          <ErrorState
            error={query.error}
            onRetry={query.reload}
            title={intl.formatMessage(messages.reviewLoadFailed)}
          />
        ) : !outcome ? (
          <LoadingState label={intl.formatMessage(messages.loadingAnswers)} />
        ) : (
          <>
            <h1>{outcome.testName}</h1>
            {outcome.score !== null && outcome.totalMarks !== null && (
              <p data-testid="review-score">
                {intl.formatMessage(messages.scoreOutOf, {
                  score: formatNumber(outcome.score),
                  total: formatNumber(outcome.totalMarks),
                })}
                {outcome.passed !== null &&
                  intl.formatMessage(
                    outcome.passed ? messages.passedSuffix : messages.notPassedSuffix,
                  )}
              </p>
            )}
            {outcome.questions === null ? (
              <p>{intl.formatMessage(messages.answersNotShown)}</p>
            ) : (
              <AttemptReview reviews={outcome.questions} />
            )}
          </>
        )}
        <p>
          <a className="button" href={hrefFor('')}>
            {intl.formatMessage(messages.backToMyExams)}
          </a>
        </p>
      </div>
    </AppShell>
  );
}
