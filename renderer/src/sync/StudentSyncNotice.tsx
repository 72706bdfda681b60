import { STUDENT_OFFLINE_MESSAGE } from '../../../shared/sync/policy';
import { useSyncStore } from '../stores/sync-store';
import { Banner } from '../ui/Banner';

/**
 * The one thing a student is told about sync, while answers wait on this
 * computer. Exam screens can show it too; it renders nothing when all is sent.
 */
export function StudentSyncNotice() {
  const status = useSyncStore((s) => s.status);
  const waiting =
    status.state !== 'local-only' && (status.state !== 'online' || status.pendingChanges > 0);
  if (!waiting || status.state === 'syncing') return null;
  return (
    <Banner tone="info" role="status">
      {STUDENT_OFFLINE_MESSAGE}
    </Banner>
  );
}
