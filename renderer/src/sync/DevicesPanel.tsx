import { useApiQuery } from '../api/use-api-query';
import { formatRelative, plural } from '../lib/format';
import { useNow } from '../lib/use-now';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { deviceRoleLabels } from './sync-format';

/** The organisation's computers, so staff can see which still hold unsent work. */
export function DevicesPanel() {
  const query = useApiQuery('sync.devices', {}, { pollMs: 15_000 });
  const nowMs = useNow();
  const devices = query.data;
  return (
    <section className="panel" aria-labelledby="devices-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="devices-heading">
          Computers in the organisation
        </h2>
        {devices && <span className="panel__meta">{plural(devices.length, 'computer')}</span>}
      </div>
      {query.error && !devices ? (
        <ErrorState error={query.error} onRetry={query.reload} />
      ) : !devices ? (
        <LoadingState label="Loading computers…" />
      ) : devices.length === 0 ? (
        <EmptyState title="No computers have synced yet" compact>
          Computers appear here after their first sync.
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>Computer</th>
                <th>Used for</th>
                <th>Last sent</th>
                <th>Last received</th>
                <th>Unsent at last report</th>
                <th>App</th>
              </tr>
            </thead>
            <tbody>
              {devices.map((d) => (
                <tr key={d.id}>
                  <td>
                    <span className="cell-title">{d.name}</span>
                    {d.thisDevice && <span className="badge badge--info">this computer</span>}
                    {d.unenrolledAt !== null && (
                      <span className="badge badge--neutral">un-enrolled</span>
                    )}
                  </td>
                  <td>{deviceRoleLabels[d.role] ?? d.role}</td>
                  <td>{formatRelative(d.lastPushAt, nowMs)}</td>
                  <td>{formatRelative(d.lastPullAt, nowMs)}</td>
                  <td className="col-num">{d.pendingChanges}</td>
                  <td>
                    {d.appVersion ?? '—'} (schema {d.schemaVersion ?? '—'})
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
