import { useState } from 'react';
import type { SnapshotSummary } from '@shared/domain/backup';
import { call } from '../api/client';
import { useApiMutation } from '../api/use-api-mutation';
import { useApiQuery } from '../api/use-api-query';
import { formatDateTime } from '../lib/format';
import { Banner } from '../ui/Banner';
import { EmptyState, LoadingState } from '../ui/States';
import { formatSize, importWords, reasonWords } from './backup-words';
import { RescueWritePanel } from './RescueWritePanel';
import { RestoreDialog } from './RestoreDialog';

/** Admin → Backup: this computer's snapshots, restoring one, and importing a rescue file. */
export function BackupScreen() {
  const query = useApiQuery('backup.snapshots', {});
  const restore = useApiMutation('backup.restore');
  const rescue = useApiMutation('backup.importRescue');
  const [chosen, setChosen] = useState<SnapshotSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [snapshotError, setSnapshotError] = useState<string | null>(null);
  const [taking, setTaking] = useState(false);

  const takeNow = async () => {
    setTaking(true);
    setSnapshotError(null);
    const result = await call('backup.snapshot', {});
    setTaking(false);
    if (result.ok) {
      setMessage(`Snapshot taken (${formatSize(result.value.bytes)}).`);
      query.reload();
    } else setSnapshotError(result.error.message);
  };

  const confirmRestore = async (name: string) => {
    const value = await restore.run({ name });
    setChosen(null);
    if (value) {
      setMessage(
        `Restored the snapshot of ${name}. The database as it was is kept as ${value.keptAs}. Please sign in again.`,
      );
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const value = await rescue.run({ fileText: await file.text() });
    if (value) setMessage(importWords(value));
  };

  const snapshots = query.data;
  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1>Backup and recovery</h1>
          <p className="page__lede">
            This computer keeps snapshots of its database: every 15 minutes, and before every update
            of the database and every enrolment change. They are kept for a week (those taken before
            a change, for 30 days).
          </p>
        </div>
      </div>
      {message && <Banner role="status">{message}</Banner>}
      {(restore.error ?? snapshotError) && (
        <Banner tone="danger" role="alert">
          {restore.error?.message ?? snapshotError}
        </Banner>
      )}
      <section className="panel" aria-labelledby="snapshots-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="snapshots-heading">
            Snapshots on this computer
          </h2>
          <button type="button" className="button" onClick={() => void takeNow()} disabled={taking}>
            {taking ? 'Taking a snapshot…' : 'Take a snapshot now'}
          </button>
        </div>
        {!snapshots ? (
          <LoadingState label="Loading snapshots…" />
        ) : snapshots.length === 0 ? (
          <EmptyState title="No snapshots yet" compact />
        ) : (
          <div className="table-scroll">
            <table className="table" aria-label="Snapshots">
              <thead>
                <tr>
                  <th>Taken</th>
                  <th>Why</th>
                  <th className="col-num">Size</th>
                  <th>Check</th>
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {snapshots.map((s) => (
                  <tr key={s.name}>
                    <td>{formatDateTime(s.createdAt)}</td>
                    <td>{reasonWords[s.reason]}</td>
                    <td className="col-num">{formatSize(s.bytes)}</td>
                    <td>
                      {s.verified ? (
                        <span className="badge badge--success">whole</span>
                      ) : (
                        <span className="badge badge--danger" title={s.problems.join('; ')}>
                          damaged
                        </span>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={!s.verified}
                        onClick={() => setChosen(s)}
                        aria-label={`Restore the snapshot of ${formatDateTime(s.createdAt)}`}
                      >
                        Restore…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <RescueWritePanel />
      <section className="panel" aria-labelledby="rescue-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="rescue-heading">
            Import a rescue file
          </h2>
        </div>
        <p className="panel__body">
          A computer that died with answers it never sent: write a rescue file of its data folder
          above (or run <code>npm run rescue -- DATA_FOLDER --out FILE</code> on it), then import
          the file here. Importing the same file twice changes nothing.
        </p>
        <label className="field">
          <span className="field__label">Rescue file</span>
          <input
            type="file"
            accept=".json,application/json"
            disabled={rescue.busy}
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
        {rescue.error && (
          <p className="field__error" role="alert">
            {rescue.error.message}
          </p>
        )}
      </section>
      <RestoreDialog
        snapshot={chosen}
        busy={restore.busy}
        onCancel={() => setChosen(null)}
        onConfirm={(name) => void confirmRestore(name)}
      />
    </div>
  );
}
