import { useState } from 'react';
import type { MethodInput } from '@shared/api/contract';
import { isDesktop } from '../api/client';
import { useApiMutation } from '../api/use-api-mutation';
import { downloadFile } from '../lib/files';
import { Banner } from '../ui/Banner';
import { writeWords } from './backup-words';

/**
 * Writes a rescue file: of this computer's unsent answers, or of another
 * computer's data folder (a disk taken out of a dead lab PC). The desktop app
 * asks for the folder and where to save in its own dialogs; the browser
 * preview takes a typed folder and downloads the file.
 */
export function RescueWritePanel() {
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
      setMessage('Nothing was written: the dialog was closed.');
      return;
    }
    if (value.delivery.kind === 'download') {
      downloadFile(value.delivery.fileName, value.delivery.fileText, 'application/json');
    }
    setMessage(writeWords(value));
    setWarnings([
      ...value.problems.map((p) => `Could not be read: ${p}`),
      ...(value.unregisteredKey
        ? [
            'That computer never registered its signing key with the organisation, so other computers will refuse this file.',
          ]
        : []),
    ]);
  };

  const folderError = write.error?.field === 'folder' ? write.error.message : null;
  const otherError = write.error && !folderError ? write.error.message : null;
  return (
    <section className="panel" aria-labelledby="rescue-write-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="rescue-write-heading">
          Write a rescue file
        </h2>
      </div>
      <p className="panel__body">
        A signed file of the answers and attempts a computer has not sent to the organisation yet,
        for another computer to import when the network is down or the computer is dead.
      </p>
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
          {desktop
            ? 'Save a rescue file of this computer…'
            : 'Download a rescue file of this computer'}
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
            Rescue another computer’s data folder…
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
              Another computer’s data folder
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
              The full path of the folder that holds its exam.db and device.json.
            </span>
            {folderError && (
              <span className="field__error" id="rescue-folder-error" role="alert">
                {folderError}
              </span>
            )}
          </div>
          <button type="submit" className="button" disabled={write.busy}>
            Rescue this folder
          </button>
        </form>
      )}
    </section>
  );
}
