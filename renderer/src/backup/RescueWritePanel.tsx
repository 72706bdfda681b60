import { useState } from 'react';
import type { MethodInput } from '@shared/api/contract';
import { isDesktop } from '../api/client';
import { useApiMutation } from '../api/use-api-mutation';
import { downloadFile } from '../lib/files';
import { Banner } from '../ui/Banner';
import { writeWords } from './backup-words';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

/**
 * Writes a rescue file: of this computer's unsent answers, or of another
 * computer's data folder (a disk taken out of a dead lab PC). The desktop app
 * asks for the folder and where to save in its own dialogs; the browser
 * preview takes a typed folder and downloads the file.
 */
export function RescueWritePanel() {
  const intl = useIntl();
  const write = useApiMutation('backup.writeRescue');
  const desktop = isDesktop();
  const [folder, setFolder] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);

  const run = async (input: MethodInput<'backup.writeRescue'>) => {
    setMessage(null);
    setWarnings([]);
    const value = await write.run(input);
    if (!value) return;
    if (!value.written) {
      setMessage(intl.formatMessage(messages.dialogClosed));
      return;
    }
    if (value.delivery.kind === 'download') {
      downloadFile(value.delivery.fileName, value.delivery.fileText, 'application/json');
    }
    setMessage(writeWords(value));
    setWarnings([
      ...value.problems.map((p) => intl.formatMessage(messages.couldNotRead, { problem: p })),
      ...(value.unregisteredKey ? [intl.formatMessage(messages.unregisteredKey)] : []),
    ]);
  };

  const folderError = write.error?.field === 'folder' ? shownError(write.error) : null;
  const otherError = write.error && !folderError ? shownError(write.error) : null;
  return (
    <section className="panel" aria-labelledby="rescue-write-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="rescue-write-heading">
          {intl.formatMessage(messages.writeRescue)}
        </h2>
      </div>
      <p className="panel__body">{intl.formatMessage(messages.writeHelp)}</p>
      {message && <Banner role="status">{message}</Banner>}
      {warnings.length > 0 && (
        <Banner tone="warning">
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Banner>
      )}
      {otherError && (
        <Banner tone="danger" role="alert">
          {otherError}
        </Banner>
      )}
      <div className="panel__body">
        <button
          type="button"
          className="button"
          disabled={write.busy}
          onClick={() => void run({ from: 'this-computer' })}
        >
          {intl.formatMessage(desktop ? messages.saveThis : messages.downloadThis)}
        </button>
      </div>
      {desktop ? (
        <div className="panel__body">
          <button
            type="button"
            className="button"
            disabled={write.busy}
            onClick={() => void run({ from: 'folder' })}
          >
            {intl.formatMessage(messages.rescueOther)}
          </button>
          {folderError && (
            <p className="field__error" role="alert">
              {folderError}
            </p>
          )}
        </div>
      ) : (
        <form
          className="panel__body"
          onSubmit={(e) => {
            e.preventDefault();
            void run({ from: 'folder', folder });
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor="rescue-folder">
              {intl.formatMessage(messages.otherFolder)}
            </label>
            <input
              id="rescue-folder"
              className="input"
              type="text"
              value={folder}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => setFolder(e.target.value)}
              aria-invalid={folderError ? true : undefined}
              aria-describedby={folderError ? 'rescue-folder-error' : 'rescue-folder-hint'}
            />
            <span className="field__hint" id="rescue-folder-hint">
              {intl.formatMessage(messages.folderHint)}
            </span>
            {folderError && (
              <span className="field__error" id="rescue-folder-error" role="alert">
                {folderError}
              </span>
            )}
          </div>
          <button type="submit" className="button" disabled={write.busy}>
            {intl.formatMessage(messages.rescueFolder)}
          </button>
        </form>
      )}
    </section>
  );
}
