import { useState } from 'react';
import type { TestDetail } from '@shared/domain/tests';
import { useApiQuery } from '../api/use-api-query';
import { formatDateTime, formatNumber, plural } from '../lib/format';
import { testStatusLabels, testStatusTones } from '../lib/labels';
import { useApiMutation } from '../api/use-api-mutation';
import { hrefFor } from '../app/route-store';
import { Badge } from '../ui/Badge';
import { Banner } from '../ui/Banner';
import { ErrorState, LoadingState } from '../ui/States';
import { TestQuestionsEditor } from './TestQuestionsEditor';
import { TestSettingsForm } from './TestSettingsForm';

/** One test: its lifecycle, the publishing checklist, its settings and its questions. */
export function TestBuilder({ id }: { id: string }) {
  const query = useApiQuery('tests.get', { id });
  const checklist = useApiQuery('tests.checkPublish', { id });
  const [revision, setRevision] = useState(0);
  const publish = useApiMutation('tests.publish');
  const close = useApiMutation('tests.close');
  const archive = useApiMutation('tests.archive');
  const duplicate = useApiMutation('tests.duplicate');
  const remove = useApiMutation('tests.delete');
  const error = publish.error ?? close.error ?? archive.error ?? duplicate.error ?? remove.error;
  const test = query.data;
  if (query.error)
    return (
      <ErrorState
        error={query.error}
        onRetry={query.reload}
        title="This test could not be loaded"
      />
    );
  if (!test) return <LoadingState label="Loading the test…" />;

  const changed = (t: TestDetail | null) => {
    if (!t) return;
    setRevision((r) => r + 1);
  };
  const problems = checklist.data?.problems ?? [];

  return (
    <div className="page">
      <div className="page__header">
        <div>
          <p className="muted">
            <a href={hrefFor('tests')}>Tests</a> /
          </p>
          <h1>{test.name}</h1>
          <p className="page__lede">
            <Badge tone={testStatusTones[test.status]}>{testStatusLabels[test.status]}</Badge> ·
            version {test.version} · {plural(test.questionCount, 'question')} ·{' '}
            {plural(test.totalMarks, 'mark')}
            {test.publishedAt !== null && ` · first published ${formatDateTime(test.publishedAt)}`}
          </p>
        </div>
        <div className="page__actions">
          {(test.status === 'draft' || test.status === 'closed') && (
            <button
              type="button"
              className="button button--primary"
              disabled={publish.busy}
              onClick={() => void publish.run({ id }).then(changed)}
            >
              {test.status === 'draft' ? 'Publish' : 'Reopen'}
            </button>
          )}
          {(test.status === 'published' || test.status === 'archived') && (
            <button
              type="button"
              className="button"
              disabled={close.busy}
              onClick={() => void close.run({ id }).then(changed)}
            >
              {test.status === 'published' ? 'Close test' : 'Unarchive'}
            </button>
          )}
          {test.status === 'closed' && (
            <button
              type="button"
              className="button"
              disabled={archive.busy}
              onClick={() => void archive.run({ id }).then(changed)}
            >
              Archive
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={duplicate.busy}
            onClick={() =>
              void duplicate.run({ id }).then((copy) => {
                if (copy) window.location.hash = hrefFor(`tests/${copy.id}`);
              })
            }
          >
            Duplicate
          </button>
          {test.status !== 'draft' && (
            <a className="button" href={hrefFor(`results/${id}`)}>
              Results
            </a>
          )}
          {test.status === 'draft' && (
            <button
              type="button"
              className="button button--danger"
              disabled={remove.busy}
              onClick={() =>
                void remove.run({ id }).then((done) => {
                  if (done) window.location.hash = hrefFor('tests');
                })
              }
            >
              Delete
            </button>
          )}
        </div>
      </div>
      {error && (
        <Banner tone="danger" role="alert">
          {error.message}
        </Banner>
      )}
      {test.status === 'draft' && (
        <section className="panel" aria-labelledby="checklist-heading">
          <div className="panel__header">
            <h2 className="panel__title" id="checklist-heading">
              Ready to publish?
            </h2>
          </div>
          <div className="panel__body">
            {problems.length === 0 ? (
              <p>
                Everything checks out: at least one question, every objective question keyed, the
                marks add up.
              </p>
            ) : (
              <ul className="checklist" aria-label="Problems to fix before publishing">
                {problems.map((p) => (
                  <li key={p.field}>{p.message}</li>
                ))}
              </ul>
            )}
          </div>
        </section>
      )}
      {test.status === 'published' && (
        <Banner tone="info" role="status">
          Students can sit this test. Changing its questions or timing makes version{' '}
          {formatNumber(test.version + 1)}; anyone sitting it now keeps the version they started,
          and the change is refused while someone is mid-exam.
        </Banner>
      )}
      <section className="panel" aria-labelledby="questions-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="questions-heading">
            Questions
          </h2>
        </div>
        <div className="panel__body">
          <TestQuestionsEditor key={`q-${revision}`} test={test} onSaved={changed} />
        </div>
      </section>
      <section className="panel" aria-labelledby="settings-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="settings-heading">
            Settings
          </h2>
        </div>
        <div className="panel__body">
          <TestSettingsForm key={`s-${revision}`} test={test} onSaved={changed} />
        </div>
      </section>
    </div>
  );
}
