import type { AttemptSummary } from '@shared/domain/attempts';
import { useApiQuery } from '../api/use-api-query';
import { hrefFor } from '../app/route-store';
import { formatDateTime, formatNumber } from '../lib/format';
import { attemptStatusLabels } from '../lib/labels';
import { ErrorState, LoadingState } from '../ui/States';
import { currentIntl } from '../i18n/intl';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

function scoreWords(a: AttemptSummary): string {
  const intl = currentIntl();
  if (a.status === 'in_progress') return intl.formatMessage(messages.inProgress);
  if (a.score === null || a.totalMarks === null) return intl.formatMessage(messages.notReleased);
  return intl.formatMessage(messages.scoreOutOf, {
    score: formatNumber(a.score),
    total: formatNumber(a.totalMarks),
  });
}

const passWords = (passed: boolean | null): string =>
  passed === null ? '' : currentIntl().formatMessage(passed ? messages.passed : messages.notPassed);

/** The student's own attempts, newest first: status, score and pass when released, and the review link. */
export function PastAttempts() {
  const intl = useIntl();
  const query = useApiQuery('exams.attempts', {});
  const attempts = query.data?.filter((a) => a.status !== 'in_progress');
  if (query.error && !attempts) {
    return (
      <ErrorState
        error={query.error}
        onRetry={query.reload}
        title={intl.formatMessage(messages.attemptsLoadFailed)}
      />
    );
  }
  if (!attempts) return <LoadingState label={intl.formatMessage(messages.loadingAttempts)} />;
  if (attempts.length === 0) return <p>{intl.formatMessage(messages.noAttempts)}</p>;
  return (
    <table className="table" aria-label={intl.formatMessage(messages.pastAttempts)}>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage(messages.columnExam)}</th>
          <th scope="col">{intl.formatMessage(messages.columnSubmitted)}</th>
          <th scope="col">{intl.formatMessage(messages.columnStatus)}</th>
          <th scope="col">{intl.formatMessage(messages.columnScore)}</th>
          <th scope="col">{intl.formatMessage(messages.columnResult)}</th>
          <th scope="col">{intl.formatMessage(messages.columnReview)}</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id}>
            <td>
              {a.testName}
              {a.attemptNo > 1 &&
                intl.formatMessage(messages.attemptNumber, { number: formatNumber(a.attemptNo) })}
            </td>
            <td>{formatDateTime(a.submittedAt)}</td>
            <td>{attemptStatusLabels[a.status]}</td>
            <td>{scoreWords(a)}</td>
            <td>{passWords(a.passed)}</td>
            <td>
              {a.reviewAvailable ? (
                <a href={hrefFor(`review/${a.id}`)}>{intl.formatMessage(messages.seeAnswers)}</a>
              ) : (
                intl.formatMessage(messages.notReleased)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
