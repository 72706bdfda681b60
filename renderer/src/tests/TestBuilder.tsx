import { useEffect, useState } from 'react';
import type { ApiErrorBody } from '@shared/api/result';
import type { TestDetail } from '@shared/domain/tests';
import { useApiQuery } from '../api/use-api-query';
import { useApiMutation } from '../api/use-api-mutation';
import { formatDateTime, humaniseTimestamps } from '../lib/format';
import { testStatusLabels, testStatusTones } from '../lib/labels';
import { hrefFor } from '../app/route-store';
import { Badge } from '../ui/Badge';
import { Banner } from '../ui/Banner';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorState, LoadingState } from '../ui/States';
import { blankTestForm, formFromTest, formsEqual, settingsFromForm } from './test-form';
import {
  clearTestDraft,
  hasUnsavedTestDrafts,
  NEW_TEST,
  setTestDraft,
  useTestDrafts,
  type TestDraft,
} from './test-draft-store';
import { linesChanged, linesFromTest, questionsFromLines, totalMarksOf } from './test-lines';
import { TestLifecycleActions } from './TestLifecycleActions';
import { TestQuestionsEditor } from './TestQuestionsEditor';
import { TestSettingsForm } from './TestSettingsForm';
import { testsText } from './tests-text';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

/** A test not yet created: the same builder, and nothing is written until Create test. */
export function NewTestBuilder() {
  return <Builder saved={null} />;
}

/** One saved test: its lifecycle, the publishing checklist, its settings and its questions. */
export function TestBuilder({ id }: { id: string }) {
  const intl = useIntl();
  const query = useApiQuery('tests.get', { id });
  // What the last save answered, until the re-read catches up with it.
  const [answered, setAnswered] = useState<TestDetail | null>(null);
  if (query.error)
    return (
      <ErrorState
        error={query.error}
        onRetry={query.reload}
        title={intl.formatMessage(messages.loadError)}
      />
    );
  if (!query.data) return <LoadingState label={intl.formatMessage(messages.loadingTest)} />;
  const saved =
    answered !== null && (answered.updatedAt ?? '') > (query.data.updatedAt ?? '')
      ? answered
      : query.data;
  return <Builder saved={saved} onSaved={setAnswered} />;
}

function draftFrom(saved: TestDetail | null): TestDraft {
  return saved
    ? { form: formFromTest(saved), lines: linesFromTest(saved) }
    : { form: blankTestForm(), lines: [] };
}

/**
 * One save model: settings and questions are one draft, kept in the draft
 * store while unsaved (so leaving the screen loses nothing) and sent by one
 * Save. The header counts what is on screen, saved or not.
 */
function Builder({
  saved,
  onSaved,
}: {
  saved: TestDetail | null;
  onSaved?: (test: TestDetail) => void;
}) {
  const intl = useIntl();
  const key = saved?.id ?? NEW_TEST;
  const kept = useTestDrafts((s) => s.drafts[key]);
  const draft = kept ?? draftFrom(saved);
  const unsaved =
    kept !== undefined &&
    (saved === null ||
      !formsEqual(kept.form, formFromTest(saved)) ||
      linesChanged(kept.lines, saved));
  const create = useApiMutation('tests.create');
  const update = useApiMutation('tests.update');
  const setQuestions = useApiMutation('tests.setQuestions');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [discarding, setDiscarding] = useState(false);

  // Closing the window with unsaved changes asks first (the draft store covers moving between screens).
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (hasUnsavedTestDrafts()) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const edit = (next: Partial<TestDraft>) => {
    setError(null);
    setTestDraft(key, { ...draft, ...next });
  };

  const save = async () => {
    setSaving(true);
    setError(null);
    const settings = settingsFromForm(draft.form);
    let test = saved;
    if (test === null) {
      test = await create.run({ settings });
      if (!test) {
        setSaving(false);
        return;
      }
    } else if (!formsEqual(draft.form, formFromTest(test))) {
      const updated = await update.run({ id: test.id, settings });
      if (!updated) {
        setSaving(false);
        return;
      }
      test = updated;
    }
    if (linesChanged(draft.lines, test)) {
      const withQuestions = await setQuestions.run({
        id: test.id,
        questions: questionsFromLines(draft.lines),
      });
      if (!withQuestions) {
        // A new test exists by now: keep the unsaved list on it, not on the blank form.
        if (saved === null) {
          clearTestDraft(NEW_TEST);
          setTestDraft(test.id, draft);
          window.location.hash = hrefFor(`tests/${test.id}`);
        }
        setSaving(false);
        return;
      }
      test = withQuestions;
    }
    setSaving(false);
    clearTestDraft(key);
    onSaved?.(test);
    if (saved === null) window.location.hash = hrefFor(`tests/${test.id}`);
  };

  const refusal = error ?? create.error ?? update.error ?? setQuestions.error;
  const settingsRefusal = refusal?.field?.startsWith('settings.') ? refusal : null;
  const listRefusal = refusal?.field?.startsWith('questions') ? refusal : null;
  const generalRefusal = refusal && !settingsRefusal && !listRefusal ? refusal : null;
  const name = draft.form.name.trim() || (saved?.name ?? testsText.newTest);

  return (
    <div className="page">
      <div className="page__header">
        <div>
          <p className="muted">
            <a href={hrefFor('tests')}>{testsText.breadcrumb}</a> /
          </p>
          <h1>{saved ? saved.name : testsText.newTest}</h1>
          <p className="page__lede" data-testid="test-counts">
            {saved ? (
              <>
                <Badge tone={testStatusTones[saved.status]}>{testStatusLabels[saved.status]}</Badge>{' '}
                · {intl.formatMessage(messages.version, { version: saved.version })} ·{' '}
              </>
            ) : (
              <>{testsText.notCreated} · </>
            )}
            {testsText.counts(draft.lines.length, totalMarksOf(draft.lines))}
            {saved !== null &&
              saved.publishedAt !== null &&
              ` · ${intl.formatMessage(messages.firstPublished, { when: formatDateTime(saved.publishedAt) })}`}
          </p>
        </div>
        <div className="page__actions">
          {saved && (
            <TestLifecycleActions test={saved} unsaved={unsaved} onChanged={(t) => onSaved?.(t)} />
          )}
        </div>
      </div>

      <div
        className="save-bar"
        role="region"
        aria-label={intl.formatMessage(messages.savingRegion)}
      >
        <p className="save-bar__state" role="status">
          {unsaved || saved === null ? (
            <>
              <strong>{saved === null ? testsText.newTestLede : testsText.unsaved}</strong>{' '}
              {saved !== null && <span className="muted">{testsText.unsavedHint}</span>}
            </>
          ) : (
            testsText.allSaved
          )}
        </p>
        {unsaved && saved !== null && (
          <button type="button" className="button" onClick={() => setDiscarding(true)}>
            {testsText.discard}
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          // Not `disabled`: after a save the button keeps the focus (and the status says
          // All changes saved), rather than dropping it to the top of the page.
          aria-disabled={saving || (saved !== null && !unsaved)}
          onClick={() => {
            if (!saving && (saved === null || unsaved)) void save();
          }}
        >
          {saved === null
            ? saving
              ? testsText.creating
              : testsText.create
            : saving
              ? testsText.saving
              : testsText.save}
        </button>
      </div>

      {generalRefusal && (
        <Banner tone="danger" role="alert">
          {generalRefusal.message}
        </Banner>
      )}
      {listRefusal && (
        <Banner tone="danger" role="alert">
          {listRefusal.message}
        </Banner>
      )}
      {saved?.status === 'draft' && <PublishChecklist id={saved.id} unsaved={unsaved} />}
      {saved?.status === 'published' && (
        <Banner tone="info" role="status">
          {intl.formatMessage(messages.publishedBanner, { next: saved.version + 1 })}
        </Banner>
      )}
      <section className="panel" aria-labelledby="settings-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="settings-heading">
            {intl.formatMessage(messages.settings)}
          </h2>
        </div>
        <div className="panel__body">
          <TestSettingsForm
            form={draft.form}
            error={settingsRefusal}
            onChange={(patch) => edit({ form: { ...draft.form, ...patch } })}
            onSubmit={() => void save()}
          />
        </div>
      </section>
      <section className="panel" aria-labelledby="questions-heading">
        <div className="panel__header">
          <h2 className="panel__title" id="questions-heading">
            {intl.formatMessage(messages.questions)}
          </h2>
        </div>
        <div className="panel__body">
          <TestQuestionsEditor
            testId={saved?.id ?? null}
            lines={draft.lines}
            error={listRefusal}
            unsaved={unsaved}
            onChange={(lines) => edit({ lines })}
            onDrawn={(t) => {
              clearTestDraft(key);
              onSaved?.(t);
            }}
          />
        </div>
      </section>
      {discarding && (
        <ConfirmDialog
          title={testsText.confirm.discardTitle}
          confirmLabel={testsText.confirm.discard}
          danger
          onCancel={() => setDiscarding(false)}
          onConfirm={() => {
            clearTestDraft(key);
            setError(null);
            setDiscarding(false);
          }}
        >
          <p>
            {intl.formatMessage(messages.discardBodyNamed, {
              body: testsText.confirm.discardBody,
              name,
            })}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** What stops the saved test being published, as main checks it. */
function PublishChecklist({ id, unsaved }: { id: string; unsaved: boolean }) {
  const intl = useIntl();
  const checklist = useApiQuery('tests.checkPublish', { id });
  const problems = checklist.data?.problems ?? [];
  return (
    <section className="panel" aria-labelledby="checklist-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="checklist-heading">
          {intl.formatMessage(messages.readyToPublish)}
        </h2>
      </div>
      <div className="panel__body">
        {unsaved && <p className="muted">{testsText.checkedSaved}</p>}
        {problems.length === 0 ? (
          <p>{intl.formatMessage(messages.allChecksPass)}</p>
        ) : (
          <ul className="checklist" aria-label={intl.formatMessage(messages.problemsToFix)}>
            {problems.map((p) => (
              <li key={p.field}>{humaniseTimestamps(p.message)}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
