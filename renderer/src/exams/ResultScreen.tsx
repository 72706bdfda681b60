import type { ExamResult } from '@shared/domain/exam';
import type { SessionInfo } from '@shared/domain/organisation';
import { useApiQuery } from '../api/use-api-query';
import { formatDateTime, formatNumber } from '../lib/format';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { useDocumentTitle } from '../lib/use-document-title';
import { AppShell } from '../app/AppShell';
import { hrefFor } from '../app/route-store';
import { ErrorState, LoadingState } from '../ui/States';
import './exam.css';

/** After submitting: the score now, or that it awaits grading, as the test's settings say. */
export function ResultScreen({ session, attemptId }: { session: SessionInfo; attemptId: string }) {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage(messages.examSubmitted));
  const query = useApiQuery('exams.result', { attemptId });
  const result = query.data;
  return (
    <AppShell session={session} mode={intl.formatMessage(messages.myExams)}>
      <div className="page page--reading">
        {query.error && !result ? (
          <div className="panel">
            <ErrorState
              error={query.error}
              onRetry={query.reload}
              title={intl.formatMessage(messages.resultLoadFailed)}
            />
          </div>
        ) : !result ? (
          <div className="panel">
            <LoadingState label={intl.formatMessage(messages.loadingResult)} />
          </div>
        ) : (
          <ResultPanel result={result} />
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

function ResultPanel({ result }: { result: ExamResult }) {
  const intl = useIntl();
  const ended =
    result.submittedBy === null
      ? null
      : intl.formatMessage(messages.endedBy, { by: result.submittedBy });
  return (
    <section className="panel result" aria-labelledby="result-heading">
      <h1 id="result-heading">
        {intl.formatMessage(
          result.status === 'in_progress' ? messages.examInProgress : messages.examSubmitted,
        )}
      </h1>
      <p className="result__test">{result.testName}</p>
      {ended !== null && (
        <p>
          {result.submittedAt === null
            ? intl.formatMessage(messages.endedPlain, { ended })
            : intl.formatMessage(messages.endedOn, {
                ended,
                date: formatDateTime(result.submittedAt),
              })}
        </p>
      )}
      <p>
        {intl.formatMessage(messages.answeredOf, {
          answered: formatNumber(result.answeredCount),
          count: result.questionCount,
        })}
      </p>
      <ScoreLine result={result} />
    </section>
  );
}

function ScoreLine({ result }: { result: ExamResult }) {
  const intl = useIntl();
  if (result.score !== null && result.totalMarks !== null) {
    return (
      <div className="result__score" data-testid="score">
        <span className="result__score-value">
          {intl.formatMessage(messages.scoreOutOf, {
            score: formatNumber(result.score),
            total: formatNumber(result.totalMarks),
          })}
        </span>
        {result.pendingCount > 0 && (
          <span className="result__pending">
            {intl.formatMessage(messages.scorePending, { count: result.pendingCount })}
          </span>
        )}
      </div>
    );
  }
  if (result.showScore === 'never') {
    return <p className="result__pending">{intl.formatMessage(messages.sharedSeparately)}</p>;
  }
  return (
    <p className="result__pending" data-testid="awaiting-grading">
      {intl.formatMessage(result.pendingCount > 0 ? messages.awaitingWritten : messages.awaitingIt)}
    </p>
  );
}
