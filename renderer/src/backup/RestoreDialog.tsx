import type { SnapshotSummary } from '@shared/domain/backup';
import { formatDateTime } from '../lib/format';
import { Dialog } from '../ui/Dialog';

interface RestoreDialogProps {
  snapshot: SnapshotSummary | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (name: string) => void;
}

/** Says what a restore does before it does it. */
export function RestoreDialog({ snapshot, busy, onCancel, onConfirm }: RestoreDialogProps) {
  return (
    <Dialog
      title="Restore this snapshot?"
      open={snapshot !== null}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || snapshot === null}
            onClick={() => snapshot && onConfirm(snapshot.name)}
          >
            {busy ? 'Restoring…' : 'Restore'}
          </button>
        </>
      }
    >
      {snapshot && (
        <>
          <p>
            This computer&apos;s database goes back to how it was on{' '}
            <strong>{formatDateTime(snapshot.createdAt)}</strong>. Work done on this computer since
            then and not yet sent to the organisation&apos;s server is no longer in it.
          </p>
          <ul>
            <li>The database as it is now is kept as a snapshot first, so this can be undone.</li>
            <li>Both are checked by the database engine before and after.</li>
            <li>Everyone signed in on this computer signs in again.</li>
            {snapshot.synced && (
              <li>
                Changes the server already has are not sent again; the next sync brings back
                everything newer from the server.
              </li>
            )}
          </ul>
        </>
      )}
    </Dialog>
  );
}
