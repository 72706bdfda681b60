import { syncProblemWords } from '@shared/sync/errors';
import type { SyncState } from '@shared/domain/sync';
import { formatDateTime, formatNumber } from '../lib/format';
import { useAppInfoStore } from './app-info-store';
import { STUDENT_OFFLINE_MESSAGE } from '@shared/sync/policy';
import { useSessionStore } from '../auth/session-store';
import { useSyncStore } from '../sync/sync-store';
import { formatSyncProgress } from '../sync/sync-format';
import { pendingChangesText, syncStateLabel } from '@shared/sync/status-words';
import { useAnswersWaitingOffline } from '../sync/StudentSyncNotice';

const syncHints: Record<SyncState, string> = {
  'local-only':
    'This computer is not enrolled with an organisation server. Everything is saved on this computer.',
  online: 'Connected. Changes are sent as they are saved.',
  offline: 'No connection. Work is saved on this computer and sent when the network is back.',
  syncing: 'Sending and receiving changes.',
  error: 'Sync stopped. Work is still saved on this computer.',
};

/** The bottom line of every screen: where this computer's data stands, and the app version. */
export function StatusBar() {
  const status = useSyncStore((s) => s.status);
  const known = useSyncStore((s) => s.known);
  const info = useAppInfoStore((s) => s.info);
  const role = useSessionStore((s) => s.session?.person.role);
  const lastSyncAt = latest(status.lastPushAt, status.lastPullAt);
  const pending = pendingChangesText(status, formatNumber);
  if (role === 'student') return <StudentStatusBar />;

  return (
    <footer className="status-bar" aria-label="Status bar">
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
              <span className="visually-hidden">Sync: </span>
              {syncStateLabel(status.state)}
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
          Update the app: this organisation&apos;s data is newer
        </span>
      )}
      {status.lastError !== null && (
        <span className="status-bar__item status-bar__error">
          {syncProblemWords(status.lastError)}
        </span>
      )}
      <span className="status-bar__spacer" />
      {lastSyncAt !== null && (
        <span className="status-bar__item">Last synced {formatDateTime(lastSyncAt)}</span>
      )}
      <span className="status-bar__item">Exam Desk{info ? ` ${info.version}` : ''}</span>
    </footer>
  );
}

/**
 * Students see one plain sentence, never sync jargon: their answers are safe
 * either way, and the receipt on the exam screen says when they were sent.
 */
function StudentStatusBar() {
  const waiting = useAnswersWaitingOffline();
  const info = useAppInfoStore((s) => s.info);
  return (
    <footer className="status-bar" aria-label="Status bar">
      <span className="status-bar__item" role="status">
        {waiting ? STUDENT_OFFLINE_MESSAGE : 'Your answers are saved.'}
      </span>
      <span className="status-bar__spacer" />
      <span className="status-bar__item">Exam Desk{info ? ` ${info.version}` : ''}</span>
    </footer>
  );
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
