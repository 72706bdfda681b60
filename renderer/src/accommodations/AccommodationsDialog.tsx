import { useId, useState } from 'react';
import type { Accommodation } from '@shared/domain/accommodations';
import type { Person } from '@shared/domain/organisation';
import { useApiMutation } from '../api/use-api-mutation';
import { useApiQuery } from '../api/use-api-query';
import { formatDateTime } from '../lib/format';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import {
  blankAccommodationForm,
  formFromAccommodation,
  inputFromForm,
  type AccommodationForm,
} from './accommodation-form';
import { termsInWords } from './accommodation-words';
import './accommodations.css';

/**
 * A student's accommodations: for every test, and for single tests, as
 * Moodle's user overrides. What is saved applies to attempts started from then
 * on; main checks every field and names the one it refuses.
 */
export function AccommodationsDialog({
  student,
  onClose,
}: {
  student: Person;
  onClose: () => void;
}) {
  const list = useApiQuery('accommodations.list', { studentId: student.id });
  const tests = useApiQuery('tests.list', {});
  const save = useApiMutation('accommodations.set');
  const remove = useApiMutation('accommodations.remove');
  const [form, setForm] = useState<AccommodationForm>(blankAccommodationForm());
  const [removing, setRemoving] = useState<Accommodation | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();
  const existing = (testId: string) => list.data?.find((a) => (a.testId ?? '') === testId) ?? null;

  const choose = (testId: string) => {
    const found = existing(testId);
    setForm(found ? formFromAccommodation(found) : blankAccommodationForm(testId));
    save.clearError();
    setSaved(null);
  };
  const set = (patch: Partial<AccommodationForm>) => setForm((f) => ({ ...f, ...patch }));
  const errorFor = (field: string) => (save.error?.field === field ? save.error.message : null);
  const submit = async () => {
    setSaved(null);
    const result = await save.run(inputFromForm(student.id, form));
    if (result) setSaved(`Saved for ${result.testName ?? 'every test'}.`);
  };

  const number = (key: keyof AccommodationForm, label: string, hint: string, step = '1') => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className="input"
        type="number"
        inputMode="decimal"
        step={step}
        min={0}
        value={form[key]}
        aria-invalid={errorFor(key) ? true : undefined}
        aria-describedby={`${id}-${key}-hint`}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      <span className="field__hint" id={`${id}-${key}-hint`}>
        {hint}
      </span>
      {errorFor(key) && <span className="field__error">{errorFor(key)}</span>}
    </div>
  );
  const when = (key: 'availableFrom' | 'availableUntil', label: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className="input"
        type="datetime-local"
        value={form[key]}
        aria-invalid={errorFor(key) ? true : undefined}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      {errorFor(key) && <span className="field__error">{errorFor(key)}</span>}
    </div>
  );

  return (
    <>
      <Dialog
        title={`Accommodations for ${student.name}`}
        open
        wide
        onClose={onClose}
        actions={
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        }
      >
        <p className="muted">
          Extra time, a window of their own, extra attempts and rest breaks, for every test or for
          one. Attempts already started keep what they were given.
        </p>
        {list.error ? (
          <ErrorState
            error={list.error}
            onRetry={list.reload}
            title="Accommodations could not be loaded"
          />
        ) : !list.data ? (
          <LoadingState label="Loading accommodations…" />
        ) : list.data.length === 0 ? (
          <EmptyState icon="people" title="None yet">
            {student.name} sits every test with its own time, window and attempts.
          </EmptyState>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">Accommodations of {student.name}</caption>
              <thead>
                <tr>
                  <th scope="col">For</th>
                  <th scope="col">Grants</th>
                  <th scope="col">Note</th>
                  <th scope="col">Last set</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((a) => (
                  <tr key={a.id}>
                    <td className="cell-title">{a.testName ?? 'Every test'}</td>
                    <td>{termsInWords(a).join(', ')}</td>
                    <td>{a.note ?? <span className="muted">None</span>}</td>
                    <td className="nowrap">
                      {formatDateTime(a.updatedAt)}
                      {a.updatedByName !== null && ` by ${a.updatedByName}`}
                    </td>
                    <td className="accommodation-actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`Change the accommodation for ${a.testName ?? 'every test'}`}
                        onClick={() => choose(a.testId ?? '')}
                      >
                        Change
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger-outline"
                        aria-label={`Remove the accommodation for ${a.testName ?? 'every test'}`}
                        onClick={() => setRemoving(a)}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        <form
          className="accommodation-form"
          aria-labelledby={`${id}-form-title`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <h3 id={`${id}-form-title`}>
            {existing(form.testId) ? 'Change the accommodation' : 'Add an accommodation'}
          </h3>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-test`}>
              For
            </label>
            <select
              id={`${id}-test`}
              className="select"
              value={form.testId}
              aria-invalid={errorFor('testId') ? true : undefined}
              onChange={(e) => choose(e.target.value)}
            >
              <option value="">Every test</option>
              {(tests.data ?? []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            {errorFor('testId') && <span className="field__error">{errorFor('testId')}</span>}
          </div>
          <div className="accommodation-form__grid">
            {number(
              'timeMultiplier',
              'Time multiplier',
              '1.5 is time and a half; empty for the usual time',
              '0.05',
            )}
            {number('extraMinutes', 'Extra minutes', 'Added after the multiplier')}
            {number(
              'restBreakMinutes',
              'Rest break minutes',
              'Per attempt; a proctor approves each break',
            )}
            {number('extraAttempts', 'Extra attempts', 'On top of the test’s own')}
            {form.testId !== '' && when('availableFrom', 'Their own opening time')}
            {form.testId !== '' && when('availableUntil', 'Their own closing time')}
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-note`}>
              Note (for staff)
            </label>
            <input
              id={`${id}-note`}
              className="input"
              maxLength={500}
              value={form.note}
              onChange={(e) => set({ note: e.target.value })}
            />
          </div>
          {save.error && save.error.field === undefined && (
            <p className="field__hint field__hint--warning" role="alert">
              {save.error.message}
            </p>
          )}
          {save.error?.field !== undefined && (
            <p className="visually-hidden" role="alert">
              {save.error.message}
            </p>
          )}
          <p className="field__hint" role="status">
            {saved ?? ''}
          </p>
          <div className="editor__actions">
            <button type="submit" className="button button--primary" disabled={save.busy}>
              Save accommodation
            </button>
          </div>
        </form>
      </Dialog>
      {removing && (
        <ConfirmDialog
          title="Remove this accommodation?"
          confirmLabel="Remove accommodation"
          danger
          busy={remove.busy}
          error={remove.error?.message ?? null}
          onCancel={() => {
            remove.clearError();
            setRemoving(null);
          }}
          onConfirm={() =>
            void remove.run({ id: removing.id }).then((r) => {
              if (r) {
                setRemoving(null);
                choose('');
              }
            })
          }
        >
          <p>
            {student.name} no longer gets {termsInWords(removing).join(', ')} for{' '}
            {removing.testName ?? 'every test'}. Attempts already started keep what they were given;
            the removal is kept in the audit trail.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
