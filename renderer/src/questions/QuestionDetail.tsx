import { useEffect, useRef, useState } from 'react';
import type { QuestionRecord } from '@shared/domain/bank';
import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { RichText } from '../content/RichText';
import { formatDateTime, formatNumber } from '../lib/format';
import { useApiMutation } from '../api/use-api-mutation';
import { QuestionKey } from './QuestionKey';
import { QuestionPreview } from './QuestionPreview';
import { Badge } from '../ui/Badge';
import { Banner } from '../ui/Banner';
import { Segmented } from '../ui/Segmented';
import { ErrorState, LoadingState } from '../ui/States';
import { QuestionEditor } from './QuestionEditor';
import { DeleteQuestionDialog } from './DeleteQuestionDialog';
import { messages } from './messages';
import { questionDeleteText } from './question-delete-text';
import { questionTypeWords } from './question-words';
import { shownError } from '../errors/error-text';

type Tab = 'details' | 'preview' | 'history';

/** Where a cloze gap sits in the stem, numbered as in the key's table. */
function GapPlace({ position }: { position: number }) {
  const intl = useIntl();
  return <span className="muted">{intl.formatMessage(messages.gapPlace, { position })}</span>;
}
const gapPlace = (_gapId: string, position: number) => <GapPlace position={position} />;

/** One question: details and key, the student's view, its versions, and what can be done to it. */
export function QuestionDetail({
  id,
  takeFocus = false,
  onChanged,
  onClose,
}: {
  id: string;
  /** Shown after a save: focus moves to the question's first line once it is read. */
  takeFocus?: boolean;
  onChanged: (id: string) => void;
  onClose: () => void;
}) {
  const intl = useIntl();
  const query = useApiQuery('questions.get', { id });
  const [tab, setTab] = useState<Tab>('details');
  const [editing, setEditing] = useState(false);
  const headline = useRef<HTMLParagraphElement>(null);
  // Also set when the editor closes: its buttons go with it, and focus would fall to the body.
  const focusHeadline = useRef(takeFocus);
  const loaded = query.data !== undefined;
  useEffect(() => {
    if (!loaded || editing || !focusHeadline.current) return;
    focusHeadline.current = false;
    headline.current?.focus();
  }, [loaded, editing]);
  const [deleting, setDeleting] = useState(false);
  const [justDeleted, setJustDeleted] = useState(false);
  const duplicate = useApiMutation('questions.duplicate');
  const remove = useApiMutation('questions.delete');
  const restore = useApiMutation('questions.restore');
  const error = duplicate.error ?? remove.error ?? restore.error;
  const q = query.data;
  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!q) return <LoadingState label={intl.formatMessage(messages.loadingQuestion)} />;
  if (editing) {
    return (
      <QuestionEditor
        question={q}
        focusFirst
        onCancel={() => {
          focusHeadline.current = true;
          setEditing(false);
        }}
        onSaved={(saved: QuestionRecord) => {
          focusHeadline.current = true;
          setEditing(false);
          onChanged(saved.id);
        }}
      />
    );
  }
  return (
    <div className="detail">
      <div className="detail__header">
        <div>
          <p className="muted" ref={headline} tabIndex={-1}>
            {intl.formatMessage(messages.typeAndVersion, {
              type: questionTypeWords[q.type],
              version: q.version,
            })}
            {q.deletedAt !== null && (
              <>
                {' '}
                <Badge tone="danger">{intl.formatMessage(messages.deleted)}</Badge>
              </>
            )}
          </p>
        </div>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {intl.formatMessage(messages.close)}
        </button>
      </div>
      {error && !deleting && (
        <Banner tone="danger" role="alert">
          {shownError(error)}
        </Banner>
      )}
      {deleting && (
        <DeleteQuestionDialog
          id={id}
          busy={remove.busy}
          error={remove.error ? shownError(remove.error) : null}
          onCancel={() => {
            setDeleting(false);
            remove.clearError();
          }}
          onConfirm={() =>
            void remove.run({ id }).then((done) => {
              if (!done) return;
              setDeleting(false);
              setJustDeleted(true);
              onChanged(id);
            })
          }
        />
      )}
      <div className="detail__actions">
        {q.deletedAt === null ? (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing(true)}
            >
              {intl.formatMessage(messages.edit)}
            </button>
            <button
              type="button"
              className="button"
              disabled={duplicate.busy}
              onClick={() =>
                void duplicate.run({ id }).then((copy) => {
                  if (copy) onChanged(copy.id);
                })
              }
            >
              {intl.formatMessage(messages.duplicate)}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => setDeleting(true)}
            >
              {intl.formatMessage(messages.delete)}
            </button>
          </>
        ) : justDeleted ? (
          <Banner
            tone="info"
            role="status"
            action={
              <button
                type="button"
                className="button button--small"
                disabled={restore.busy}
                onClick={() =>
                  void restore.run({ id }).then((done) => {
                    if (!done) return;
                    setJustDeleted(false);
                    onChanged(id);
                  })
                }
              >
                {questionDeleteText.undo}
              </button>
            }
          >
            {questionDeleteText.deleted}
          </Banner>
        ) : (
          <button
            type="button"
            className="button"
            disabled={restore.busy}
            onClick={() =>
              void restore.run({ id }).then((done) => {
                if (done) onChanged(id);
              })
            }
          >
            {intl.formatMessage(messages.restore)}
          </button>
        )}
      </div>
      <Segmented<Tab>
        label={intl.formatMessage(messages.questionView)}
        value={tab}
        onChange={setTab}
        options={[
          { value: 'details', label: intl.formatMessage(messages.tabDetails) },
          { value: 'preview', label: intl.formatMessage(messages.tabPreview) },
          { value: 'history', label: intl.formatMessage(messages.tabHistory) },
        ]}
      />
      {tab === 'details' && (
        <dl className="key-values">
          <dt>{intl.formatMessage(messages.colQuestion)}</dt>
          <dd>
            <RichText
              format={q.format}
              text={q.text}
              {...(q.format === 'html' ? {} : { className: 'pre-line' })}
              {...(q.type === 'cloze' ? { gap: gapPlace } : {})}
            />
          </dd>
          {q.options && (
            <>
              <dt>{intl.formatMessage(messages.options)}</dt>
              <dd>
                <ol className="option-list" type="A">
                  {q.options.map((o) => (
                    <li key={o.id}>
                      <RichText format={q.format} text={o.text} inline />
                    </li>
                  ))}
                </ol>
              </dd>
            </>
          )}
          <dt>{intl.formatMessage(messages.answerKey)}</dt>
          <dd>
            <QuestionKey question={q} />
          </dd>
          <dt>{intl.formatMessage(messages.marks)}</dt>
          <dd>{formatNumber(q.marks)}</dd>
          <dt>{intl.formatMessage(messages.tags)}</dt>
          <dd>
            {q.tags.length > 0 ? intl.formatList(q.tags, { type: 'unit', style: 'short' }) : '—'}
          </dd>
          <dt>{intl.formatMessage(messages.lastSaved)}</dt>
          <dd>{formatDateTime(q.updatedAt)}</dd>
        </dl>
      )}
      {tab === 'preview' && <QuestionPreview question={q} />}
      {tab === 'history' && <QuestionHistory id={id} />}
    </div>
  );
}

function QuestionHistory({ id }: { id: string }) {
  const intl = useIntl();
  const query = useApiQuery('questions.versions', { id });
  const [open, setOpen] = useState<string | null>(null);
  if (query.error) return <ErrorState error={query.error} onRetry={query.reload} />;
  if (!query.data) return <LoadingState label={intl.formatMessage(messages.loadingVersions)} />;
  return (
    <ol className="history" aria-label={intl.formatMessage(messages.versions)}>
      {query.data.map((v) => (
        <li key={v.id} className="history__item">
          <button
            type="button"
            className="row-link"
            onClick={() => setOpen(open === v.id ? null : v.id)}
          >
            {intl.formatMessage(messages.versionLine, {
              version: v.version,
              date: formatDateTime(v.createdAt),
            })}
          </button>
          {open === v.id && (
            <div className="history__body">
              <QuestionPreview question={v} />
              <p className="muted">{intl.formatMessage(messages.keyLabel)}</p>
              <QuestionKey question={v} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
