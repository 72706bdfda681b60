import type { SnapshotSummary } from '@shared/domain/backup';
import { formatDateTime } from '../lib/format';
import { Dialog } from '../ui/Dialog';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

interface RestoreDialogProps {
  snapshot: SnapshotSummary | null;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (name: string) => void;
}

/** Says what a restore does before it does it. */
export function RestoreDialog({ snapshot, busy, onCancel, onConfirm }: RestoreDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      title={intl.formatMessage(messages.restoreTitle)}
      open={snapshot !== null}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {intl.formatMessage(messages.cancel)}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || snapshot === null}
            onClick={() => snapshot && onConfirm(snapshot.name)}
          >
            {intl.formatMessage(busy ? messages.restoring : messages.restore)}
          </button>
        </>
      }
    >
      {snapshot && (
        <>
          <p>
            {intl.formatMessage(messages.restoreBody, {
              when: formatDateTime(snapshot.createdAt),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <ul>
            <li>{intl.formatMessage(messages.keptFirst)}</li>
            <li>{intl.formatMessage(messages.bothChecked)}</li>
            <li>{intl.formatMessage(messages.signInAgain)}</li>
            {snapshot.synced && <li>{intl.formatMessage(messages.syncedNote)}</li>}
          </ul>
        </>
      )}
    </Dialog>
  );
}
