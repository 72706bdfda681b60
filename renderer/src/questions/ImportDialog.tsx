import { useEffect, useState } from 'react';
import type { ImportPicked, ImportProgress, ImportReport } from '@shared/domain/imports';
import { interchangeFormats, type InterchangeFormat } from '@shared/interchange/types';
import { isDesktop, onEvent } from '../api/client';
import { fileToBase64 } from '../lib/files';
import { useIntl } from '../i18n/use-intl';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import { Dialog } from '../ui/Dialog';
import { messages } from './messages';
import { formatWords } from './question-words';
import { uploadImportFile, WHOLE_FILE_BYTES } from './import-upload';
import { shownError } from '../errors/error-text';

function guessFormat(name: string): InterchangeFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.zip') || lower.endsWith('.xml')) return 'qti';
  if (lower.includes('aiken')) return 'aiken';
  return 'gift';
}

const statusLabels = {
  imported: messages.statusImported,
  would_import: messages.statusWouldImport,
  skipped: messages.statusSkipped,
  duplicate: messages.statusDuplicate,
} as const;

/**
 * Import in two steps: read the file and show what would happen to each item
 * (nothing is saved), then import it all in one go. Progress comes as events.
 */
export function ImportDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const intl = useIntl();
  /** Line and column numbers as the locale writes digits, never grouped. */
  const whole = (n: number) => intl.formatNumber(n, { useGrouping: false });
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<InterchangeFormat>('gift');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [token] = useState(() => `import-${crypto.randomUUID()}`);
  const preview = useApiMutation('questions.importPreview');
  const commit = useApiMutation('questions.import');
  const stop = useApiMutation('questions.importCancel');
  const send = useApiMutation('questions.importUpload');
  const discard = useApiMutation('questions.importUploadDiscard');
  // A big file goes to main once, in chunks; the check and the import then name its upload.
  const [uploaded, setUploaded] = useState<{ file: File; uploadId: string } | null>(null);
  const [sending, setSending] = useState<{ received: number; size: number } | null>(null);
  // The desktop app also offers the system's open dialog: main reads and stages the file itself.
  const desktop = isDesktop();
  const pick = useApiMutation('questions.importPick');
  const [picked, setPicked] = useState<ImportPicked | null>(null);
  const error = preview.error ?? commit.error ?? send.error ?? pick.error;
  const busy = preview.busy || commit.busy || sending !== null;

  useEffect(
    () =>
      onEvent('import.progress', (p) => {
        if (p.progressToken === token) setProgress(p);
      }),
    [token],
  );

  const dropUpload = () => {
    if (uploaded) void discard.run({ uploadId: uploaded.uploadId });
    if (picked) void discard.run({ uploadId: picked.uploadId });
    setUploaded(null);
    setPicked(null);
  };

  const pickWithSystemDialog = async () => {
    const chosen = await pick.run({
      title: intl.formatMessage(messages.importTitle),
      fileKinds: intl.formatMessage(messages.pickFileKinds),
    });
    if (!chosen) return;
    dropUpload();
    setFile(null);
    setPicked(chosen);
    setReport(null);
    setFormat(guessFormat(chosen.fileName));
  };

  const fileContent = async (
    picked: File,
  ): Promise<{ base64: string } | { uploadId: string } | null> => {
    if (picked.size <= WHOLE_FILE_BYTES) return { base64: await fileToBase64(picked) };
    if (uploaded?.file === picked) return { uploadId: uploaded.uploadId };
    setSending({ received: 0, size: picked.size });
    try {
      const uploadId = await uploadImportFile(picked, send.run, (received, size) =>
        setSending({ received, size }),
      );
      if (uploadId === null) return null;
      setUploaded({ file: picked, uploadId });
      return { uploadId };
    } finally {
      setSending(null);
    }
  };

  const input = async () => {
    if (picked)
      return { format, fileName: picked.fileName, uploadId: picked.uploadId, progressToken: token };
    if (!file) return null;
    const content = await fileContent(file);
    return content ? { format, fileName: file.name, ...content, progressToken: token } : null;
  };

  const check = async () => {
    const i = await input();
    if (!i) return;
    setReport(await preview.run({ ...i, skipInvalid: true }));
  };
  const run = async () => {
    const i = await input();
    if (!i) return;
    const done = await commit.run({ ...i, skipInvalid: true });
    if (done) {
      setReport(done);
      if (done.committed) {
        // Main drops an upload once its questions are in the bank.
        setUploaded(null);
        setPicked(null);
        onImported();
      }
    }
  };

  const close = () => {
    dropUpload();
    setFile(null);
    setReport(null);
    setProgress(null);
    onClose();
  };

  return (
    <Dialog
      title={intl.formatMessage(messages.importTitle)}
      open={open}
      onClose={close}
      wide
      actions={
        report?.committed ? (
          <button type="button" className="button button--primary" onClick={close}>
            {intl.formatMessage(messages.done)}
          </button>
        ) : (
          <>
            {commit.busy ? (
              // The import stops before its final commit and saves nothing.
              <button
                type="button"
                className="button button--ghost"
                disabled={stop.busy}
                onClick={() => void stop.run({ progressToken: token })}
              >
                {intl.formatMessage(messages.stopImport)}
              </button>
            ) : (
              <button type="button" className="button button--ghost" onClick={close}>
                {intl.formatMessage(messages.cancel)}
              </button>
            )}
            <button
              type="button"
              className="button"
              disabled={(!file && !picked) || busy}
              onClick={() => void check()}
            >
              {intl.formatMessage(messages.checkFile)}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={
                !report || report.counts.importable === 0 || report.rejection !== null || busy
              }
              onClick={() => void run()}
            >
              {report
                ? intl.formatMessage(messages.importCount, { count: report.counts.importable })
                : intl.formatMessage(messages.importPlain)}
            </button>
          </>
        )
      }
    >
      <div className="editor__row">
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            {intl.formatMessage(messages.file)}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".txt,.gift,.csv,.zip,.xml"
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              dropUpload();
              setFile(chosen);
              setReport(null);
              if (chosen) setFormat(guessFormat(chosen.name));
            }}
          />
          {desktop && (
            <div className="inline-field">
              <button
                type="button"
                className="button"
                disabled={pick.busy || busy}
                onClick={() => void pickWithSystemDialog()}
              >
                {intl.formatMessage(messages.chooseWithDialog)}
              </button>
              {picked && <span>{picked.fileName}</span>}
            </div>
          )}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="import-format">
            {intl.formatMessage(messages.format)}
          </label>
          <select
            id="import-format"
            className="select"
            value={format}
            onChange={(e) => {
              setFormat(e.target.value as InterchangeFormat);
              setReport(null);
            }}
          >
            {interchangeFormats.map((f) => (
              <option key={f} value={f}>
                {formatWords[f]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {sending && (
        <div className="progress" role="status">
          <span>{intl.formatMessage(messages.sendingFile)}</span>
          <progress max={sending.size} value={sending.received} />
        </div>
      )}
      {busy && !sending && progress && (
        <div className="progress" role="status">
          <span>
            {progress.phase === 'saving'
              ? intl.formatMessage(messages.saving, {
                  done: progress.done,
                  total: progress.total,
                })
              : progress.phase === 'checking'
                ? intl.formatMessage(messages.checkingItems, { count: progress.total })
                : intl.formatMessage(messages.readingFile)}
          </span>
          {progress.total > 0 && <progress max={progress.total} value={progress.done} />}
        </div>
      )}
      {error && (
        <Banner tone="danger" role="alert">
          {shownError(error)}
        </Banner>
      )}
      {report && (
        <div className="import-report">
          {report.committed ? (
            <Banner tone="info" role="status">
              {intl.formatMessage(messages.importedCount, { count: report.counts.imported })}{' '}
              {report.counts.skipped > 0 &&
                `${intl.formatMessage(messages.skippedCount, { count: report.counts.skipped })} `}
              {report.counts.duplicates > 0 &&
                intl.formatMessage(messages.duplicatesLeftOut, { count: report.counts.duplicates })}
            </Banner>
          ) : report.rejection ? (
            <Banner
              tone="warning"
              role="status"
              title={intl.formatMessage(messages.nothingImported)}
            >
              {report.rejection}
            </Banner>
          ) : (
            <p role="status">
              {intl.formatMessage(messages.readyToImport, { count: report.counts.importable })}
              {report.counts.skipped > 0 &&
                intl.formatMessage(messages.willBeSkipped, { count: report.counts.skipped })}
              {report.counts.duplicates > 0 &&
                intl.formatMessage(messages.duplicatesLeftOutTail, {
                  count: report.counts.duplicates,
                })}
              {intl.formatMessage(messages.sentenceEnd)}
            </p>
          )}
          {report.problems.map((p, i) => (
            <p key={i} className="field__error">
              {p.line !== null &&
                (p.column !== null
                  ? intl.formatMessage(messages.problemAtLineColumn, {
                      line: whole(p.line),
                      column: whole(p.column),
                    })
                  : intl.formatMessage(messages.problemAtLine, { line: whole(p.line) }))}
              {p.message}
            </p>
          ))}
          <div className="table-scroll table-scroll--tall">
            <table className="table">
              <caption className="visually-hidden">
                {intl.formatMessage(messages.importReport)}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="col-num">
                    #
                  </th>
                  <th scope="col" className="col-tight">
                    {intl.formatMessage(messages.where)}
                  </th>
                  <th scope="col" className="col-tight">
                    {intl.formatMessage(messages.result)}
                  </th>
                  <th scope="col">{intl.formatMessage(messages.questionOrReason)}</th>
                </tr>
              </thead>
              <tbody>
                {report.items.map((item) => (
                  <tr key={item.index}>
                    <td className="col-num">{item.index}</td>
                    <td className="nowrap">
                      {item.line === null
                        ? (item.label ?? '—')
                        : item.column === null
                          ? intl.formatMessage(messages.itemAtLine, { line: whole(item.line) })
                          : intl.formatMessage(messages.itemAtLineColumn, {
                              line: whole(item.line),
                              column: whole(item.column),
                            })}
                    </td>
                    <td className="nowrap">{intl.formatMessage(statusLabels[item.status])}</td>
                    <td>
                      {item.reason ?? item.excerpt}
                      {item.warnings.length > 0 && (
                        <span className="cell-sub muted">{item.warnings.join('; ')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </Dialog>
  );
}
