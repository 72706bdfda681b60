import type { AttemptSummary } from '@shared/domain/attempts';
import { useApiQuery } from '../api/use-api-query';
import { hrefFor } from '../app/route-store';
import { formatDateTime, formatNumber } from '../lib/format';
import { attemptStatusLabels } from '../lib/labels';
import { ErrorState, LoadingState } from '../ui/States';

function scoreWords(a: AttemptSummary): string {
  if (a.status === 'in_progress') return 'In progress';
  if (a.score === null || a.totalMarks === null) return 'Not released';
  return `${formatNumber(a.score)} / ${formatNumber(a.totalMarks)}`;
}

const passWords = (passed: boolean | null): string =>
  passed === null ? '' : passed ? 'Passed' : 'Not passed';

/** The student's own attempts, newest first: status, score and pass when released, and the review link. */
export function PastAttempts() {
  const query = useApiQuery('exams.attempts', {});
  const attempts = query.data?.filter((a) => a.status !== 'in_progress');
  if (query.error && !attempts) {
    return (
      <ErrorState
        error={query.error}
        onRetry={query.reload}
        title="Your attempts could not be loaded"
      />
    );
  }
  if (!attempts) return <LoadingState label="Loading your attempts…" />;
  if (attempts.length === 0) return <p>You have not finished an exam yet.</p>;
  return (
    <table className="table" aria-label="Past attempts">
      <thead>
        <tr>
          <th scope="col">Exam</th>
          <th scope="col">Submitted</th>
          <th scope="col">Status</th>
          <th scope="col">Score</th>
          <th scope="col">Result</th>
          <th scope="col">Review</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id}>
            <td>
              {a.testName}
              {a.attemptNo > 1 && ` (attempt ${a.attemptNo})`}
            </td>
            <td>{formatDateTime(a.submittedAt)}</td>
            <td>{attemptStatusLabels[a.status]}</td>
            <td>{scoreWords(a)}</td>
            <td>{passWords(a.passed)}</td>
            <td>
              {a.reviewAvailable ? (
                <a href={hrefFor(`review/${a.id}`)}>See your answers</a>
              ) : (
                'Not released'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
