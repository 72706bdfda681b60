import type { ExamResult } from '@shared/domain/exam';
import type { SessionInfo } from '@shared/domain/organisation';
import { useApiQuery } from '../api/use-api-query';
import { formatDateTime, formatNumber, plural } from '../lib/format';
import { useDocumentTitle } from '../lib/use-document-title';
import { AppShell } from '../app/AppShell';
import { hrefFor } from '../app/route-store';
import { ErrorState, LoadingState } from '../ui/States';
import './exam.css';

const endedBy: Record<string, string> = {
  student: 'You submitted it',
  timeout: 'Time ran out, and it was submitted with every answer you had saved',
  proctor: 'Your proctor ended it',
};

/** After submitting: the score now, or that it awaits grading, as the test's settings say. */
export function ResultScreen({ session, attemptId }: { session: SessionInfo; attemptId: string }) {
  useDocumentTitle('Exam submitted');
  const query = useApiQuery('exams.result', { attemptId });
  const result = query.data;
  return (
    <AppShell session={session} mode="My exams">
      <div className="page page--reading">
        {query.error && !result ? (
          <div className="panel">
            <ErrorState
              error={query.error}
              onRetry={query.reload}
              title="Your result could not be loaded"
            />
          </div>
        ) : !result ? (
          <div className="panel">
            <LoadingState label="Loading your result…" />
          </div>
        ) : (
          <ResultPanel result={result} />
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

function ResultPanel({ result }: { result: ExamResult }) {
  return (
    <section className="panel result" aria-labelledby="result-heading">
      <h1 id="result-heading">
        {result.status === 'in_progress' ? 'Exam in progress' : 'Exam submitted'}
      </h1>
      <p className="result__test">{result.testName}</p>
      {result.submittedBy !== null && (
        <p>
          {endedBy[result.submittedBy] ?? 'It was submitted'}
          {result.submittedAt !== null && ` on ${formatDateTime(result.submittedAt)}`}.
        </p>
      )}
      <p>
        You answered {formatNumber(result.answeredCount)} of{' '}
        {plural(result.questionCount, 'question')}.
      </p>
      <ScoreLine result={result} />
    </section>
  );
}

function ScoreLine({ result }: { result: ExamResult }) {
  if (result.score !== null && result.totalMarks !== null) {
    return (
      <div className="result__score" data-testid="score">
        <span className="result__score-value">
          {formatNumber(result.score)} / {formatNumber(result.totalMarks)}
        </span>
        {result.pendingCount > 0 && (
          <span className="result__pending">
            So far: {plural(result.pendingCount, 'answer')} awaiting grading by a person, so this
            score can still go up.
          </span>
        )}
      </div>
    );
  }
  if (result.showScore === 'never') {
    return <p className="result__pending">Your organisation shares results separately.</p>;
  }
  return (
    <p className="result__pending" data-testid="awaiting-grading">
      Awaiting grading. Your score appears here once{' '}
      {result.pendingCount > 0 ? 'the written answers are' : 'it is'} marked.
    </p>
  );
}
