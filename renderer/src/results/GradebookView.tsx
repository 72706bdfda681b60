import { integrityKinds, type IntegrityKind } from '@shared/domain/exam';
import { useApiQuery } from '../api/use-api-query';
import { downloadFile } from '../lib/files';
import { useComputerNames } from '../sync/use-computer-names';
import { formatDateTime, formatNumber } from '../lib/format';
import { attemptStatusLabels } from '../lib/labels';
import { useApiMutation } from '../api/use-api-mutation';
import { Badge } from '../ui/Badge';
import { Banner } from '../ui/Banner';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { ScoreHistogram } from './charts';
import { RegradeButton } from './RegradeDialog';
import { currentIntl } from '../i18n/intl';
import { useIntl } from '../i18n/use-intl';
import { integrityKindWords } from '../proctor/proctor-words';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

const minutes = (ms: number | null) =>
  ms === null
    ? '—'
    : currentIntl().formatMessage(messages.minutes, {
        minutes: formatNumber(Math.round(ms / 6_000) / 10),
      });

const percent = (value: number | null) =>
  value === null
    ? '—'
    : currentIntl().formatMessage(messages.percent, { value: formatNumber(value) });

const isIntegrityKind = (kind: string): kind is IntegrityKind =>
  (integrityKinds as readonly string[]).includes(kind);

export function GradebookView({ testId }: { testId: string }) {
  const intl = useIntl();
  const query = useApiQuery('results.gradebook', { testId });
  const csv = useApiMutation('results.gradebookCsv');
  const computerName = useComputerNames();
  const book = query.data;
  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!book) return <LoadingState label={intl.formatMessage(messages.loadingGradebook)} />;
  const s = book.summary;
  return (
    <section className="panel" aria-labelledby="gradebook-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="gradebook-heading">
          {intl.formatMessage(messages.gradebook)}
        </h2>
        <div className="page__actions">
          <RegradeButton testId={testId} />
          <button
            type="button"
            className="button button--small"
            disabled={csv.busy}
            onClick={() =>
              void csv.run({ testId }).then((file) => {
                if (file) downloadFile(file.fileName, file.csv, 'text/csv;charset=utf-8');
              })
            }
          >
            {intl.formatMessage(messages.exportCsv)}
          </button>
        </div>
      </div>
      {csv.error && <Banner tone="danger">{shownError(csv.error)}</Banner>}
      <div className="panel__body">
        <dl className="stat-row">
          <div>
            <dt>{intl.formatMessage(messages.attempts)}</dt>
            <dd>{formatNumber(s.attempts)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.mean)}</dt>
            <dd>{percent(s.mean)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.median)}</dt>
            <dd>{percent(s.median)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.passRate)}</dt>
            <dd>{percent(s.passRate === null ? null : Math.round(s.passRate * 100))}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.toGrade)}</dt>
            <dd>{formatNumber(s.pendingGrading)}</dd>
          </div>
        </dl>
        {s.finished > 0 && (
          <ScoreHistogram
            percentages={book.rows.flatMap((r) => (r.percentage === null ? [] : [r.percentage]))}
          />
        )}
      </div>
      {book.rows.length === 0 ? (
        <EmptyState title={intl.formatMessage(messages.nobodySat)} />
      ) : (
        <div
          className="table-scroll table-scroll--tall"
          // Keyboard users scroll it too: a focusable, named region.
          tabIndex={0}
          role="region"
          aria-label={intl.formatMessage(messages.gradebookRows)}
        >
          <table className="table">
            <caption className="visually-hidden">{intl.formatMessage(messages.gradebook)}</caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(messages.student)}</th>
                <th scope="col" className="col-tight">
                  {intl.formatMessage(messages.status)}
                </th>
                <th scope="col" className="col-num">
                  {intl.formatMessage(messages.score)}
                </th>
                <th scope="col" className="col-num">
                  %
                </th>
                <th scope="col" className="col-num">
                  {intl.formatMessage(messages.time)}
                </th>
                <th scope="col" className="col-num">
                  {intl.formatMessage(messages.integrity)}
                </th>
                <th scope="col" className="col-tight">
                  {intl.formatMessage(messages.computer)}
                </th>
                <th scope="col" className="col-tight">
                  {intl.formatMessage(messages.submitted)}
                </th>
              </tr>
            </thead>
            <tbody>
              {book.rows.map((r) => (
                <tr key={r.attemptId}>
                  <td>
                    <div className="cell-title">{r.studentName}</div>
                    <div className="cell-sub">
                      {intl.formatMessage(messages.emailAndAttempt, {
                        email: r.studentEmail,
                        number: r.attemptNo,
                      })}
                    </div>
                  </td>
                  <td>
                    <Badge
                      tone={
                        r.status === 'needs_grading'
                          ? 'warning'
                          : r.status === 'graded'
                            ? 'success'
                            : 'neutral'
                      }
                    >
                      {attemptStatusLabels[r.status]}
                    </Badge>
                    {r.passed !== null && (
                      <span className="cell-sub">
                        {intl.formatMessage(r.passed ? messages.passed : messages.notPassed)}
                      </span>
                    )}
                  </td>
                  <td className="col-num">
                    {r.score === null
                      ? '—'
                      : intl.formatMessage(messages.scoreOf, {
                          score: formatNumber(r.score),
                          total: formatNumber(r.totalMarks ?? 0),
                        })}
                  </td>
                  <td className="col-num">
                    {r.percentage === null ? '—' : formatNumber(r.percentage)}
                  </td>
                  <td className="col-num">{minutes(r.timeTakenMs)}</td>
                  <td className="col-num">
                    {r.integrityEvents > 0 ? (
                      <>
                        <Badge tone="warning">{formatNumber(r.integrityEvents)}</Badge>
                        <span className="cell-sub">
                          {Object.entries(r.integrityKinds)
                            .map(([k, n]) =>
                              intl.formatMessage(messages.eventCount, {
                                kind: isIntegrityKind(k) ? integrityKindWords[k] : k,
                                count: formatNumber(n),
                              }),
                            )
                            .join(', ')}
                        </span>
                      </>
                    ) : (
                      formatNumber(0)
                    )}
                  </td>
                  <td>{computerName(r.deviceId) ?? '—'}</td>
                  <td className="nowrap">{formatDateTime(r.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
