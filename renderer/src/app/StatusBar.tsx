import type { SyncState } from '@shared/domain/sync';
import { formatDateTime } from '../lib/format';
import { useAppInfoStore } from './app-info-store';
import { useSessionStore } from '../auth/session-store';
import { useSyncStore } from '../sync/sync-store';
import { formatSyncProgress } from '../sync/sync-format';
import { useAnswersWaitingOffline } from '../sync/StudentSyncNotice';
import { translatedLabels } from '../i18n/translated-labels';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { syncProblemText } from '../sync/problems/sync-problem-text';

const syncHints: Readonly<Record<SyncState, string>> = translatedLabels({
  'local-only': messages.hintLocalOnly,
  online: messages.hintOnline,
  offline: messages.hintOffline,
  syncing: messages.hintSyncing,
  error: messages.hintError,
});

const syncStateLabels: Readonly<Record<SyncState, string>> = translatedLabels({
  'local-only': messages.stateLocalOnly,
  online: messages.stateOnline,
  offline: messages.stateOffline,
  syncing: messages.stateSyncing,
  error: messages.stateError,
});

/** The product and, once main has said it, the version. */
function ProductVersion() {
  const intl = useIntl();
  const info = useAppInfoStore((s) => s.info);
  return (
    <span className="status-bar__item">
      {info
        ? intl.formatMessage(messages.productVersion, { version: info.version })
        : intl.formatMessage(messages.product)}
    </span>
  );
}

/** The bottom line of every screen: where this computer's data stands, and the app version. */
export function StatusBar() {
  const intl = useIntl();
  const status = useSyncStore((s) => s.status);
  const known = useSyncStore((s) => s.known);
  const role = useSessionStore((s) => s.session?.person.role);
  const lastSyncAt = latest(status.lastPushAt, status.lastPullAt);
  // A computer with no organisation server has nowhere to send changes: no count there.
  const pending =
    status.state === 'local-only' || status.pendingChanges <= 0
      ? null
      : intl.formatMessage(messages.pendingChanges, { count: status.pendingChanges });
  if (role === 'student') return <StudentStatusBar />;

  return (
    <footer className="status-bar" aria-label={intl.formatMessage(messages.statusBar)}>
      <span
        className="status-bar__item status-bar__sync"
        role="status"
        title={known ? syncHints[status.state] : undefined}
      >
        {/* Until main answers, say nothing: an enrolled computer must not read as local only. */}
        {known && (
          <>
            <span className={`sync-dot sync-dot--${status.state}`} aria-hidden="true" />
            <span>
              <span className="visually-hidden">{intl.formatMessage(messages.syncPrefix)}</span>
              {syncStateLabels[status.state]}
            </span>
          </>
        )}
      </span>
      {pending !== null && <span className="status-bar__item">{pending}</span>}
      {status.progress !== null && (
        <span className="status-bar__item">{formatSyncProgress(status.progress)}…</span>
      )}
      {status.updateRequired && (
        <span className="status-bar__item status-bar__error">
          {intl.formatMessage(messages.updateRequired)}
        </span>
      )}
      {status.lastError !== null && (
        <span className="status-bar__item status-bar__error">
          {syncProblemText(intl, { words: status.lastError, id: status.lastErrorId })}
        </span>
      )}
      <span className="status-bar__spacer" />
      {lastSyncAt !== null && (
        <span className="status-bar__item">
          {intl.formatMessage(messages.lastSynced, { when: formatDateTime(lastSyncAt) })}
        </span>
      )}
      <ProductVersion />
    </footer>
  );
}

/**
 * Students see one plain sentence, never sync jargon: their answers are safe
 * either way, and the receipt on the exam screen says when they were sent.
 */
function StudentStatusBar() {
  const intl = useIntl();
  const waiting = useAnswersWaitingOffline();
  return (
    <footer className="status-bar" aria-label={intl.formatMessage(messages.statusBar)}>
      <span className="status-bar__item" role="status">
        {intl.formatMessage(waiting ? messages.answersWaiting : messages.answersSaved)}
      </span>
      <span className="status-bar__spacer" />
      <ProductVersion />
    </footer>
  );
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
