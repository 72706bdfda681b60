import { ConflictsPanel } from '../sync/ConflictsPanel';
import { useId, useRef, useState } from 'react';
import { interchangeFormats, type InterchangeFormat } from '@shared/interchange/types';
import { downloadFile } from '../lib/files';
import { useIntl } from '../i18n/use-intl';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import { ErrorState, LoadingState } from '../ui/States';
import type { ExportFile } from '@shared/domain/imports';
import { ExportWarnings } from './ExportWarnings';
import { NoQuestions } from './NoQuestions';
import { ImportDialog } from './ImportDialog';
import { QuestionDetail } from './QuestionDetail';
import { QuestionEditor } from './QuestionEditor';
import {
  emptyQuestionFilter,
  isFiltered,
  questionListInput,
  type QuestionFilterValues,
} from './question-filter';
import { QuestionFilters } from './QuestionFilters';
import { QuestionList } from './QuestionList';
import { messages } from './messages';
import { formatWords } from './question-words';
import { useQuestionPages } from './use-question-pages';
import { shownError } from '../errors/error-text';

/**
 * What the side pane shows. A question shown after a save (or a duplicate) takes
 * the focus, since the button that made it has gone with the editor; one picked
 * from the list leaves the focus in the list.
 */
type Pane =
  { kind: 'none' } | { kind: 'new' } | { kind: 'question'; id: string; takeFocus: boolean };

/**
 * The question bank: a filterable list of every question (virtualised, so a
 * bank of 10,000 scrolls and searches at once), the selected question beside
 * it, and import and export.
 */
export function QuestionBankScreen() {
  const intl = useIntl();
  const headingId = useId();
  const [filter, setFilter] = useState<QuestionFilterValues>(emptyQuestionFilter);
  const [pane, setPane] = useState<Pane>({ kind: 'none' });
  const [importing, setImporting] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  /** Closes the pane; its controls go with it, so focus goes back to New question. */
  const closePane = () => {
    setPane({ kind: 'none' });
    newButton.current?.focus();
  };
  const [exportFormat, setExportFormat] = useState<InterchangeFormat>('gift');
  const exporter = useApiMutation('questions.export');
  const [exported, setExported] = useState<{
    format: InterchangeFormat;
    warnings: ExportFile['warnings'];
  } | null>(null);
  const { limit: _limit, offset: _offset, ...listFilter } = questionListInput(filter, 0, 1);
  const pages = useQuestionPages(listFilter);
  const filtered = isFiltered(filter);

  const exportNow = async () => {
    const { state, ...rest } = listFilter;
    setExported(null);
    const file = await exporter.run({
      format: exportFormat,
      filter: { ...rest, ...(state ? { state } : {}) },
    });
    if (!file) return;
    downloadFile(file.fileName, file.base64, file.mimeType, true);
    setExported({ format: exportFormat, warnings: file.warnings });
  };

  return (
    <div className="page page--wide">
      <div className="page__header">
        <div>
          <h1>{intl.formatMessage(messages.title)}</h1>
          <p className="page__lede">{intl.formatMessage(messages.lede)}</p>
        </div>
        <div className="page__actions">
          <button
            ref={newButton}
            type="button"
            className="button button--primary"
            onClick={() => setPane({ kind: 'new' })}
          >
            {intl.formatMessage(messages.newQuestion)}
          </button>
          <button type="button" className="button" onClick={() => setImporting(true)}>
            {intl.formatMessage(messages.importButton)}
          </button>
          <div className="inline-field">
            <label className="visually-hidden" htmlFor="export-format">
              {intl.formatMessage(messages.exportFormat)}
            </label>
            <select
              id="export-format"
              className="select"
              value={exportFormat}
              onChange={(e) => setExportFormat(e.target.value as InterchangeFormat)}
            >
              {interchangeFormats.map((f) => (
                <option key={f} value={f}>
                  {formatWords[f]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              disabled={exporter.busy}
              onClick={() => void exportNow()}
            >
              {intl.formatMessage(filtered ? messages.exportMatching : messages.exportAll)}
            </button>
          </div>
        </div>
      </div>
      <ConflictsPanel />
      {exporter.error && (
        <Banner tone="danger" role="alert">
          {shownError(exporter.error)}
        </Banner>
      )}
      {exported && (
        <ExportWarnings warnings={exported.warnings} formatName={formatWords[exported.format]} />
      )}
      <div className={`split${pane.kind === 'none' ? '' : ' split--open'}`}>
        <section className="panel" aria-labelledby={headingId}>
          <div className="panel__header">
            <h2 className="panel__title" id={headingId}>
              {intl.formatMessage(messages.allQuestions)}
            </h2>
            {pages.total !== null && (
              <span className="panel__meta">
                {intl.formatMessage(filtered ? messages.countMatch : messages.countInBank, {
                  count: pages.total,
                })}
              </span>
            )}
          </div>
          <div className="panel__toolbar">
            <QuestionFilters values={filter} onChange={setFilter} advanced idPrefix={headingId} />
          </div>
          {pages.error ? (
            <ErrorState
              error={pages.error}
              onRetry={pages.reload}
              title={intl.formatMessage(messages.loadFailed)}
            />
          ) : pages.total === null ? (
            <LoadingState label={intl.formatMessage(messages.loadingQuestions)} />
          ) : pages.total === 0 ? (
            <NoQuestions
              filtered={filtered}
              onClearFilters={() => setFilter(emptyQuestionFilter)}
              emptyHint={intl.formatMessage(messages.emptyHintBank)}
            />
          ) : (
            <QuestionList
              pages={pages}
              caption={intl.formatMessage(messages.allQuestions)}
              selectedId={pane.kind === 'question' ? pane.id : null}
              onSelect={(id) => setPane({ kind: 'question', id, takeFocus: false })}
            />
          )}
        </section>
        {pane.kind !== 'none' && (
          <aside
            className="panel split__side"
            aria-label={intl.formatMessage(
              pane.kind === 'new' ? messages.newQuestion : messages.questionPane,
            )}
          >
            {pane.kind === 'new' ? (
              <>
                <div className="panel__header">
                  <h2 className="panel__title">{intl.formatMessage(messages.newQuestion)}</h2>
                </div>
                <div className="panel__body">
                  <QuestionEditor
                    question={null}
                    onCancel={closePane}
                    onSaved={(q) => {
                      pages.reload();
                      setPane({ kind: 'question', id: q.id, takeFocus: true });
                    }}
                  />
                </div>
              </>
            ) : (
              <div className="panel__body">
                <QuestionDetail
                  key={pane.id}
                  id={pane.id}
                  takeFocus={pane.takeFocus}
                  onClose={closePane}
                  onChanged={(id) => {
                    pages.reload();
                    setPane({ kind: 'question', id, takeFocus: true });
                  }}
                />
              </div>
            )}
          </aside>
        )}
      </div>
      <ImportDialog
        open={importing}
        onClose={() => setImporting(false)}
        onImported={pages.reload}
      />
    </div>
  );
}
