import { useApiQuery } from '../api/use-api-query';
import { formatDateTime, formatNumber } from '../lib/format';
import { EmptyState, LoadingState } from '../ui/States';
import { syncProblemWords } from '@shared/sync/errors';
import { formatBytes, syncRunKindWords, syncRunReasonWords } from './sync-format';

const formatDuration = (ms: number) =>
  ms < 1_000 ? `${formatNumber(ms)} ms` : `${formatNumber(Math.round(ms / 100) / 10)} s`;

/** The recent sync runs of this computer. */
export function HistoryPanel() {
  const query = useApiQuery('sync.history', { limit: 30 }, { pollMs: 5_000 });
  const runs = query.data;
  return (
    <section className="panel" aria-labelledby="history-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="history-heading">
          Recent sync runs
        </h2>
      </div>
      {!runs ? (
        <LoadingState label="Loading history…" />
      ) : runs.length === 0 ? (
        <EmptyState title="No sync runs yet" compact />
      ) : (
        <div className="table-scroll">
          <table className="table" aria-label="Recent sync runs">
            <thead>
              <tr>
                <th>When</th>
                <th>What</th>
                <th>Why</th>
                <th className="col-num">Took</th>
                <th className="col-num">Sent</th>
                <th className="col-num">Received</th>
                <th>Outcome</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(r.startedAt)}</td>
                  <td>{syncRunKindWords(r.kind)}</td>
                  <td>{syncRunReasonWords(r.reason)}</td>
                  <td className="col-num">{formatDuration(r.durationMs)}</td>
                  <td className="col-num">{formatBytes(r.sentBytes)}</td>
                  <td className="col-num">{formatBytes(r.receivedBytes)}</td>
                  <td>
                    {r.ok ? (
                      <span className="badge badge--success">
                        {r.kind === 'pull' && r.changed ? 'New changes' : 'Done'}
                      </span>
                    ) : (
                      <span className="badge badge--danger">Failed</span>
                    )}
                    {!r.ok && r.error !== null && (
                      <p className="cell-sub">{syncProblemWords(r.error)}</p>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
