import { useApiQuery } from '../api/use-api-query';
import { currentIntl } from '../i18n/intl';
import { useIntl } from '../i18n/use-intl';
import { formatDateTime, formatNumber } from '../lib/format';
import { EmptyState, LoadingState } from '../ui/States';
import { messages } from './messages';
import { syncProblemText } from './problems/sync-problem-text';
import { formatBytes, syncRunKindWords, syncRunReasonWords } from './sync-format';

const formatDuration = (ms: number) =>
  ms < 1_000
    ? currentIntl().formatMessage(messages.milliseconds, { value: formatNumber(ms) })
    : currentIntl().formatMessage(messages.seconds, {
        value: formatNumber(Math.round(ms / 100) / 10),
      });

/** The recent sync runs of this computer. */
export function HistoryPanel() {
  const intl = useIntl();
  const query = useApiQuery('sync.history', { limit: 30 }, { pollMs: 5_000 });
  const runs = query.data;
  return (
    <section className="panel" aria-labelledby="history-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="history-heading">
          {intl.formatMessage(messages.historyTitle)}
        </h2>
      </div>
      {!runs ? (
        <LoadingState label={intl.formatMessage(messages.loadingHistory)} />
      ) : runs.length === 0 ? (
        <EmptyState title={intl.formatMessage(messages.noRuns)} compact />
      ) : (
        <div className="table-scroll">
          <table className="table" aria-label={intl.formatMessage(messages.historyTitle)}>
            <thead>
              <tr>
                <th>{intl.formatMessage(messages.when)}</th>
                <th>{intl.formatMessage(messages.what)}</th>
                <th>{intl.formatMessage(messages.why)}</th>
                <th className="col-num">{intl.formatMessage(messages.took)}</th>
                <th className="col-num">{intl.formatMessage(messages.sent)}</th>
                <th className="col-num">{intl.formatMessage(messages.received)}</th>
                <th>{intl.formatMessage(messages.outcome)}</th>
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
                        {intl.formatMessage(
                          r.kind === 'pull' && r.changed ? messages.newChanges : messages.runDone,
                        )}
                      </span>
                    ) : (
                      <span className="badge badge--danger">
                        {intl.formatMessage(messages.runFailed)}
                      </span>
                    )}
                    {!r.ok && r.error !== null && (
                      <p className="cell-sub">
                        {syncProblemText(intl, { words: r.error, id: r.errorId })}
                      </p>
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
