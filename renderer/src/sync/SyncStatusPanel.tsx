import { useState } from 'react';
import type { SyncOverview } from '@shared/domain/sync';
import { call } from '../api/client';
import { useIntl } from '../i18n/use-intl';
import { formatDateTime } from '../lib/format';
import { useSyncStore } from './sync-store';
import { Banner } from '../ui/Banner';
import { formatBytes, formatSyncProgress } from './sync-format';
import { messages } from './messages';
import { syncProblemText } from './problems/sync-problem-text';
import { translatedLabels } from '../i18n/translated-labels';
import { shownError } from '../errors/error-text';

const stateWords: Readonly<Record<string, string>> = translatedLabels({
  'local-only': messages.stateLocalOnly,
  online: messages.stateOnline,
  offline: messages.stateOffline,
  syncing: messages.stateSyncing,
  error: messages.stateError,
});

/** Where this computer's sync stands right now, with "Sync now". */
export function SyncStatusPanel({
  overview,
  onSynced,
}: {
  overview: SyncOverview;
  onSynced: () => void;
}) {
  const intl = useIntl();
  const live = useSyncStore((s) => s.status);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const enrolled = overview.enrolment !== null;

  const syncNow = async () => {
    setBusy(true);
    setMessage(null);
    const result = await call('sync.now', {});
    setBusy(false);
    if (!result.ok) setMessage(shownError(result.error));
    else
      setMessage(
        result.value.lastError === null
          ? intl.formatMessage(messages.syncFinished)
          : syncProblemText(intl, {
              words: result.value.lastError,
              id: result.value.lastErrorId,
            }),
      );
    onSynced();
  };

  return (
    <section className="panel" aria-labelledby="sync-status-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="sync-status-heading">
          {intl.formatMessage(messages.thisComputer)}
        </h2>
        <span className="panel__meta">{overview.deviceName}</span>
      </div>
      <div className="panel__body sync-status">
        <dl className="sync-facts">
          <div>
            <dt>{intl.formatMessage(messages.state)}</dt>
            <dd>
              <span className={`sync-dot sync-dot--${live.state}`} aria-hidden="true" />{' '}
              <span data-testid="sync-state">{stateWords[live.state] ?? live.state}</span>
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.waitingToSend)}</dt>
            <dd data-testid="sync-pending">
              {live.state === 'local-only'
                ? intl.formatMessage(messages.nothingToSend)
                : intl.formatMessage(messages.changes, { count: live.pendingChanges })}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.lastSent)}</dt>
            <dd>{formatDateTime(live.lastPushAt)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.lastReceived)}</dt>
            <dd>{formatDateTime(live.lastPullAt)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.localLog)}</dt>
            <dd>
              {intl.formatMessage(messages.localLogSize, { size: formatBytes(overview.walBytes) })}
            </dd>
          </div>
          {live.nextRetryAt !== null && (
            <div>
              <dt>{intl.formatMessage(messages.nextTry)}</dt>
              <dd>{formatDateTime(live.nextRetryAt)}</dd>
            </div>
          )}
        </dl>
        {live.progress !== null && (
          <p className="sync-progress" role="status">
            {intl.formatMessage(messages.progressLine, {
              progress: formatSyncProgress(live.progress),
            })}
          </p>
        )}
        {live.lastError !== null && (
          <Banner tone="warning" role="status" title={intl.formatMessage(messages.lastProblem)}>
            {syncProblemText(intl, { words: live.lastError, id: live.lastErrorId })}
          </Banner>
        )}
        {live.updateRequired && (
          <Banner tone="danger" role="status" title={intl.formatMessage(messages.updateTitle)}>
            {intl.formatMessage(messages.updateBody)}
          </Banner>
        )}
        <div className="sync-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void syncNow()}
            disabled={!enrolled || busy}
          >
            {intl.formatMessage(busy ? messages.stateSyncing : messages.syncNow)}
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
