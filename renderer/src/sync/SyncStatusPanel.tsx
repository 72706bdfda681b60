import { useState } from 'react';
import type { SyncOverview } from '@shared/domain/sync';
import { call } from '../api/client';
import { formatDateTime, plural } from '../lib/format';
import { useSyncStore } from './sync-store';
import { Banner } from '../ui/Banner';
import { syncProblemWords } from '@shared/sync/errors';
import { formatBytes, formatSyncProgress } from './sync-format';

const stateWords: Record<string, string> = {
  'local-only': 'Local only: this computer is not enrolled',
  online: 'Online and in sync',
  offline: 'Offline: changes wait on this computer',
  syncing: 'Syncing…',
  error: 'Sync problem',
};

/** Where this computer's sync stands right now, with "Sync now". */
export function SyncStatusPanel({
  overview,
  onSynced,
}: {
  overview: SyncOverview;
  onSynced: () => void;
}) {
  const live = useSyncStore((s) => s.status);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const enrolled = overview.enrolment !== null;

  const syncNow = async () => {
    setBusy(true);
    setMessage(null);
    const result = await call('sync.now', {});
    setBusy(false);
    if (!result.ok) setMessage(result.error.message);
    else
      setMessage(
        result.value.lastError === null
          ? 'Sync finished.'
          : syncProblemWords(result.value.lastError),
      );
    onSynced();
  };

  return (
    <section className="panel" aria-labelledby="sync-status-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="sync-status-heading">
          This computer
        </h2>
        <span className="panel__meta">{overview.deviceName}</span>
      </div>
      <div className="panel__body sync-status">
        <dl className="sync-facts">
          <div>
            <dt>State</dt>
            <dd>
              <span className={`sync-dot sync-dot--${live.state}`} aria-hidden="true" />{' '}
              <span data-testid="sync-state">{stateWords[live.state] ?? live.state}</span>
            </dd>
          </div>
          <div>
            <dt>Waiting to send</dt>
            <dd data-testid="sync-pending">
              {live.state === 'local-only'
                ? 'Nothing: no organisation server to send to yet'
                : plural(live.pendingChanges, 'change')}
            </dd>
          </div>
          <div>
            <dt>Last sent</dt>
            <dd>{formatDateTime(live.lastPushAt)}</dd>
          </div>
          <div>
            <dt>Last received</dt>
            <dd>{formatDateTime(live.lastPullAt)}</dd>
          </div>
          <div>
            <dt>Local log</dt>
            <dd>{formatBytes(overview.walBytes)} of recent changes, tidied away automatically</dd>
          </div>
          {live.nextRetryAt !== null && (
            <div>
              <dt>Next try</dt>
              <dd>{formatDateTime(live.nextRetryAt)}</dd>
            </div>
          )}
        </dl>
        {live.progress !== null && (
          <p className="sync-progress" role="status">
            {formatSyncProgress(live.progress)}…
          </p>
        )}
        {live.lastError !== null && (
          <Banner tone="warning" role="status" title="Last problem:">
            {syncProblemWords(live.lastError)}
          </Banner>
        )}
        {live.updateRequired && (
          <Banner tone="danger" role="status" title="Update the app.">
            The organisation&apos;s data is newer than this app. It keeps syncing and reading, but
            refuses changes until it is updated.
          </Banner>
        )}
        <div className="sync-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void syncNow()}
            disabled={!enrolled || busy}
          >
            {busy ? 'Syncing…' : 'Sync now'}
          </button>
          {message !== null && (
            <span className="sync-actions__message" role="status">
              {message}
            </span>
          )}
        </div>
      </div>
    </section>
  );
}
