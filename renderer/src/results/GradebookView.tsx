import { integrityKindLabels, type IntegrityKind } from '@shared/domain/exam';
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

const minutes = (ms: number | null) =>
  ms === null ? '—' : `${formatNumber(Math.round(ms / 6_000) / 10)} min`;

export function GradebookView({ testId }: { testId: string }) {
  const query = useApiQuery('results.gradebook', { testId });
  const csv = useApiMutation('results.gradebookCsv');
  const computerName = useComputerNames();
  const book = query.data;
  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!book) return <LoadingState label="Loading the gradebook…" />;
  const s = book.summary;
  return (
    <section className="panel" aria-labelledby="gradebook-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="gradebook-heading">
          Gradebook
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
            Export CSV
          </button>
        </div>
      </div>
      {csv.error && <Banner tone="danger">{csv.error.message}</Banner>}
      <div className="panel__body">
        <dl className="stat-row">
          <div>
            <dt>Attempts</dt>
            <dd>{s.attempts}</dd>
          </div>
          <div>
            <dt>Mean</dt>
            <dd>{s.mean === null ? '—' : `${formatNumber(s.mean)}%`}</dd>
          </div>
          <div>
            <dt>Median</dt>
            <dd>{s.median === null ? '—' : `${formatNumber(s.median)}%`}</dd>
          </div>
          <div>
            <dt>Pass rate</dt>
            <dd>{s.passRate === null ? '—' : `${formatNumber(Math.round(s.passRate * 100))}%`}</dd>
          </div>
          <div>
            <dt>To grade</dt>
            <dd>{s.pendingGrading}</dd>
          </div>
        </dl>
        {s.finished > 0 && (
          <ScoreHistogram
            percentages={book.rows.flatMap((r) => (r.percentage === null ? [] : [r.percentage]))}
          />
        )}
      </div>
      {book.rows.length === 0 ? (
        <EmptyState title="Nobody has sat this test yet" />
      ) : (
        <div
          className="table-scroll table-scroll--tall"
          // Keyboard users scroll it too: a focusable, named region.
          tabIndex={0}
          role="region"
          aria-label="Gradebook rows"
        >
          <table className="table">
            <caption className="visually-hidden">Gradebook</caption>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col" className="col-tight">
                  Status
                </th>
                <th scope="col" className="col-num">
                  Score
                </th>
                <th scope="col" className="col-num">
                  %
                </th>
                <th scope="col" className="col-num">
                  Time
                </th>
                <th scope="col" className="col-num">
                  Integrity
                </th>
                <th scope="col" className="col-tight">
                  Computer
                </th>
                <th scope="col" className="col-tight">
                  Submitted
                </th>
              </tr>
            </thead>
            <tbody>
              {book.rows.map((r) => (
                <tr key={r.attemptId}>
                  <td>
                    <div className="cell-title">{r.studentName}</div>
                    <div className="cell-sub">
                      {r.studentEmail} · attempt {r.attemptNo}
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
                      <span className="cell-sub">{r.passed ? 'Passed' : 'Not passed'}</span>
                    )}
                  </td>
                  <td className="col-num">
                    {r.score === null
                      ? '—'
                      : `${formatNumber(r.score)} / ${formatNumber(r.totalMarks ?? 0)}`}
                  </td>
                  <td className="col-num">
                    {r.percentage === null ? '—' : formatNumber(r.percentage)}
                  </td>
                  <td className="col-num">{minutes(r.timeTakenMs)}</td>
                  <td className="col-num">
                    {r.integrityEvents > 0 ? (
                      <>
                        <Badge tone="warning">{r.integrityEvents}</Badge>
                        <span className="cell-sub">
                          {Object.entries(r.integrityKinds)
                            .map(
                              ([k, n]) =>
                                `${k in integrityKindLabels ? integrityKindLabels[k as IntegrityKind] : k} × ${formatNumber(n)}`,
                            )
                            .join(', ')}
                        </span>
                      </>
                    ) : (
                      '0'
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
