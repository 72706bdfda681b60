import { useState } from 'react';
import type { TestDetail } from '@shared/domain/tests';
import { useApiMutation } from '../api/use-api-mutation';
import { hrefFor } from '../app/route-store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { testsText } from './tests-text';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

type Step = 'publish' | 'close' | 'archive' | 'delete';

/**
 * Publish, close, archive, duplicate and delete. Each one that locks, removes or
 * opens the test to students asks first, saying what will happen. They act on
 * the saved test, so they wait while the builder holds unsaved changes.
 */
export function TestLifecycleActions({
  test,
  unsaved,
  onChanged,
}: {
  test: TestDetail;
  unsaved: boolean;
  onChanged: (test: TestDetail) => void;
}) {
  const intl = useIntl();
  const [asking, setAsking] = useState<Step | null>(null);
  const publish = useApiMutation('tests.publish');
  const close = useApiMutation('tests.close');
  const archive = useApiMutation('tests.archive');
  const duplicate = useApiMutation('tests.duplicate');
  const remove = useApiMutation('tests.delete');
  const id = test.id;
  const t = testsText.confirm;
  const busy = publish.busy || close.busy || archive.busy || remove.busy;
  const error =
    asking === 'publish'
      ? publish.error
      : asking === 'close'
        ? close.error
        : asking === 'archive'
          ? archive.error
          : asking === 'delete'
            ? remove.error
            : null;
  const done = (changed: TestDetail | null) => {
    if (!changed) return;
    setAsking(null);
    onChanged(changed);
  };
  const confirm = () => {
    if (asking === 'publish') void publish.run({ id }).then(done);
    if (asking === 'close') void close.run({ id }).then(done);
    if (asking === 'archive') void archive.run({ id }).then(done);
    if (asking === 'delete')
      void remove.run({ id }).then((gone) => {
        if (gone) window.location.hash = hrefFor('tests');
      });
  };
  const cancel = () => {
    setAsking(null);
    publish.clearError();
    close.clearError();
    archive.clearError();
    remove.clearError();
  };
  const reopening = test.status === 'closed';
  const dialog =
    asking === 'publish'
      ? {
          title: reopening ? t.reopenTitle(test.name) : t.publishTitle(test.name),
          body: reopening ? t.reopenBody : t.publishBody,
          label: reopening ? t.reopen : t.publish,
          danger: false,
        }
      : asking === 'close'
        ? { title: t.closeTitle(test.name), body: t.closeBody, label: t.close, danger: true }
        : asking === 'archive'
          ? {
              title: t.archiveTitle(test.name),
              body: t.archiveBody,
              label: t.archive,
              danger: false,
            }
          : asking === 'delete'
            ? { title: t.deleteTitle(test.name), body: t.deleteBody, label: t.delete, danger: true }
            : null;
  const waitHint = unsaved ? testsText.saveFirst : undefined;

  return (
    <>
      {(test.status === 'draft' || test.status === 'closed') && (
        <button
          type="button"
          className="button button--primary"
          disabled={unsaved}
          title={waitHint}
          onClick={() => setAsking('publish')}
        >
          {intl.formatMessage(
            test.status === 'draft' ? messages.publishButton : messages.reopenButton,
          )}
        </button>
      )}
      {test.status === 'published' && (
        <button
          type="button"
          className="button"
          disabled={unsaved}
          title={waitHint}
          onClick={() => setAsking('close')}
        >
          {testsText.confirm.close}
        </button>
      )}
      {test.status === 'archived' && (
        <button
          type="button"
          className="button"
          disabled={close.busy}
          onClick={() => void close.run({ id }).then(done)}
        >
          {intl.formatMessage(messages.unarchive)}
        </button>
      )}
      {test.status === 'closed' && (
        <button type="button" className="button" onClick={() => setAsking('archive')}>
          {intl.formatMessage(messages.archiveButton)}
        </button>
      )}
      <button
        type="button"
        className="button"
        disabled={duplicate.busy || unsaved}
        title={waitHint}
        onClick={() =>
          void duplicate.run({ id }).then((copy) => {
            if (copy) window.location.hash = hrefFor(`tests/${copy.id}`);
          })
        }
      >
        {intl.formatMessage(messages.duplicate)}
      </button>
      {test.status !== 'draft' && (
        <a className="button" href={hrefFor(`results/${id}`)}>
          {intl.formatMessage(messages.results)}
        </a>
      )}
      {test.status === 'draft' && (
        <button type="button" className="button button--danger" onClick={() => setAsking('delete')}>
          {intl.formatMessage(messages.deleteButton)}
        </button>
      )}
      {dialog && (
        <ConfirmDialog
          title={dialog.title}
          confirmLabel={dialog.label}
          danger={dialog.danger}
          busy={busy}
          error={error ? shownError(error) : null}
          onConfirm={confirm}
          onCancel={cancel}
        >
          <p>{dialog.body}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
