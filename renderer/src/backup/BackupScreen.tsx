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
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

/** Admin → Backup: this computer's snapshots, restoring one, and importing a rescue file. */
export function BackupScreen() {
  const intl = useIntl();
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
      setMessage(
        intl.formatMessage(messages.snapshotTaken, { size: formatSize(result.value.bytes) }),
      );
      query.reload();
    } else setSnapshotError(shownError(result.error));
  };

  const confirmRestore = async (name: string) => {
    const value = await restore.run({ name });
    setChosen(null);
    if (value) {
      setMessage(intl.formatMessage(messages.restored, { name, keptAs: value.keptAs }));
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
          <h1>{intl.formatMessage(messages.title)}</h1>
          <p className="page__lede">{intl.formatMessage(messages.lede)}</p>
        </div>
      </div>
      {message && <Banner role="status">{message}</Banner>}
      {(restore.error ?? snapshotError) && (
        <Banner tone="danger" role="alert">
          {restore.error ? shownError(restore.error) : snapshotError}
        </Banner>
      )}
      <section className="panel" aria-labelledby="snapshots-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="snapshots-heading">
            {intl.formatMessage(messages.snapshotsHere)}
          </h2>
          <button type="button" className="button" onClick={() => void takeNow()} disabled={taking}>
            {intl.formatMessage(taking ? messages.taking : messages.takeNow)}
          </button>
        </div>
        {!snapshots ? (
          <LoadingState label={intl.formatMessage(messages.loading)} />
        ) : snapshots.length === 0 ? (
          <EmptyState title={intl.formatMessage(messages.noSnapshots)} compact />
        ) : (
          <div className="table-scroll">
            <table className="table" aria-label={intl.formatMessage(messages.snapshots)}>
              <thead>
                <tr>
                  <th>{intl.formatMessage(messages.taken)}</th>
                  <th>{intl.formatMessage(messages.why)}</th>
                  <th className="col-num">{intl.formatMessage(messages.size)}</th>
                  <th>{intl.formatMessage(messages.check)}</th>
                  <th>
                    <span className="visually-hidden">{intl.formatMessage(messages.actions)}</span>
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
                        <span className="badge badge--success">
                          {intl.formatMessage(messages.whole)}
                        </span>
                      ) : (
                        <span
                          className="badge badge--danger"
                          title={s.problems.join(intl.formatMessage(messages.problemSeparator))}
                        >
                          {intl.formatMessage(messages.damaged)}
                        </span>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={!s.verified}
                        onClick={() => setChosen(s)}
                        aria-label={intl.formatMessage(messages.restoreSnapshotOf, {
                          when: formatDateTime(s.createdAt),
                        })}
                      >
                        {intl.formatMessage(messages.restoreEllipsis)}
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
            {intl.formatMessage(messages.importRescue)}
          </h2>
        </div>
        <p className="panel__body">
          {intl.formatMessage(messages.importHelp, { code: (chunks) => <code>{chunks}</code> })}
        </p>
        <label className="field">
          <span className="field__label">{intl.formatMessage(messages.rescueFile)}</span>
          <input
            type="file"
            accept=".json,application/json"
            disabled={rescue.busy}
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
        {rescue.error && (
          <p className="field__error" role="alert">
            {shownError(rescue.error)}
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
