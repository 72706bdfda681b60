import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { formatNumber, formatRelative } from '../lib/format';
import { useNow } from '../lib/use-now';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { messages } from './messages';
import { deviceRoleLabels } from './sync-format';

/** The organisation's computers, so staff can see which still hold unsent work. */
export function DevicesPanel() {
  const intl = useIntl();
  const query = useApiQuery('sync.devices', {}, { pollMs: 15_000 });
  const nowMs = useNow();
  const devices = query.data;
  return (
    <section className="panel" aria-labelledby="devices-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="devices-heading">
          {intl.formatMessage(messages.devicesTitle)}
        </h2>
        {devices && (
          <span className="panel__meta">
            {intl.formatMessage(messages.devicesCount, { count: devices.length })}
          </span>
        )}
      </div>
      {query.error && !devices ? (
        <ErrorState error={query.error} onRetry={query.reload} />
      ) : !devices ? (
        <LoadingState label={intl.formatMessage(messages.loadingComputers)} />
      ) : devices.length === 0 ? (
        <EmptyState title={intl.formatMessage(messages.noComputersTitle)} compact>
          {intl.formatMessage(messages.noComputersBody)}
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{intl.formatMessage(messages.computer)}</th>
                <th>{intl.formatMessage(messages.usedFor)}</th>
                <th>{intl.formatMessage(messages.lastSent)}</th>
                <th>{intl.formatMessage(messages.lastReceived)}</th>
                <th>{intl.formatMessage(messages.unsentAtReport)}</th>
                <th>{intl.formatMessage(messages.app)}</th>
              </tr>
            </thead>
            <tbody>
              {devices.map((d) => (
                <tr key={d.id}>
                  <td>
                    <span className="cell-title">{d.name}</span>
                    {d.thisDevice && (
                      <span className="badge badge--info">
                        {intl.formatMessage(messages.thisComputerBadge)}
                      </span>
                    )}
                    {d.unenrolledAt !== null && (
                      <span className="badge badge--neutral">
                        {intl.formatMessage(messages.unenrolledBadge)}
                      </span>
                    )}
                  </td>
                  <td>{deviceRoleLabels[d.role] ?? d.role}</td>
                  <td>{formatRelative(d.lastPushAt, nowMs)}</td>
                  <td>{formatRelative(d.lastPullAt, nowMs)}</td>
                  <td className="col-num">{formatNumber(d.pendingChanges)}</td>
                  <td>
                    {intl.formatMessage(messages.appVersion, {
                      app: d.appVersion ?? '—',
                      schema: d.schemaVersion ?? '—',
                    })}
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
