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
  type UnreadNumber,
} from './accommodation-form';
import { termsInWords } from './accommodation-words';
import { formatNumber } from '../lib/format';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import './accommodations.css';
import { shownError } from '../errors/error-text';

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
  const intl = useIntl();
  const list = useApiQuery('accommodations.list', { studentId: student.id });
  const tests = useApiQuery('tests.list', {});
  const save = useApiMutation('accommodations.set');
  const remove = useApiMutation('accommodations.remove');
  const [form, setForm] = useState<AccommodationForm>(blankAccommodationForm());
  const [removing, setRemoving] = useState<Accommodation | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [unread, setUnread] = useState<UnreadNumber | null>(null);
  const labels: Record<UnreadNumber['field'], string> = {
    timeMultiplier: intl.formatMessage(messages.timeMultiplier),
    extraMinutes: intl.formatMessage(messages.extraMinutesLabel),
    restBreakMinutes: intl.formatMessage(messages.restBreakLabel),
    extraAttempts: intl.formatMessage(messages.extraAttemptsLabel),
  };
  const testWords = (name: string | null) => name ?? intl.formatMessage(messages.everyTest);
  const id = useId();
  const existing = (testId: string) => list.data?.find((a) => (a.testId ?? '') === testId) ?? null;

  const choose = (testId: string) => {
    const found = existing(testId);
    setForm(found ? formFromAccommodation(found, intl.locale) : blankAccommodationForm(testId));
    save.clearError();
    setUnread(null);
    setSaved(null);
  };
  const set = (patch: Partial<AccommodationForm>) => setForm((f) => ({ ...f, ...patch }));
  const unreadWords = (u: UnreadNumber) =>
    intl.formatMessage(u.reason === 'ambiguous' ? messages.ambiguousNumber : messages.notANumber, {
      field: labels[u.field],
      text: u.text,
      decimal: u.decimal,
    });
  const errorFor = (field: string) =>
    unread?.field === field
      ? unreadWords(unread)
      : save.error?.field === field
        ? shownError(save.error)
        : null;
  const submit = async () => {
    setSaved(null);
    const reading = inputFromForm(student.id, form, intl.locale);
    if (!reading.ok) {
      save.clearError();
      setUnread(reading.unread);
      return;
    }
    setUnread(null);
    const result = await save.run(reading.input);
    if (result)
      setSaved(intl.formatMessage(messages.savedFor, { test: testWords(result.testName) }));
  };

  const number = (key: UnreadNumber['field'], hint: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {labels[key]}
      </label>
      <input
        id={`${id}-${key}`}
        className="input"
        inputMode="decimal"
        autoComplete="off"
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
        title={intl.formatMessage(messages.title, { name: student.name })}
        open
        wide
        onClose={onClose}
        actions={
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(messages.close)}
          </button>
        }
      >
        <p className="muted">{intl.formatMessage(messages.lede)}</p>
        {list.error ? (
          <ErrorState
            error={list.error}
            onRetry={list.reload}
            title={intl.formatMessage(messages.loadFailed)}
          />
        ) : !list.data ? (
          <LoadingState label={intl.formatMessage(messages.loading)} />
        ) : list.data.length === 0 ? (
          <EmptyState icon="people" title={intl.formatMessage(messages.noneYet)}>
            {intl.formatMessage(messages.noneYetBody, { name: student.name })}
          </EmptyState>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">
                {intl.formatMessage(messages.caption, { name: student.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(messages.columnFor)}</th>
                  <th scope="col">{intl.formatMessage(messages.columnGrants)}</th>
                  <th scope="col">{intl.formatMessage(messages.columnNote)}</th>
                  <th scope="col">{intl.formatMessage(messages.columnLastSet)}</th>
                  <th scope="col">
                    <span className="visually-hidden">
                      {intl.formatMessage(messages.columnActions)}
                    </span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((a) => (
                  <tr key={a.id}>
                    <td className="cell-title">
                      {a.testName ?? intl.formatMessage(messages.everyTestTitle)}
                    </td>
                    <td>{intl.formatList(termsInWords(a), { type: 'unit' })}</td>
                    <td>
                      {a.note ?? <span className="muted">{intl.formatMessage(messages.none)}</span>}
                    </td>
                    <td className="nowrap">
                      {formatDateTime(a.updatedAt)}
                      {a.updatedByName !== null &&
                        intl.formatMessage(messages.byPerson, { name: a.updatedByName })}
                    </td>
                    <td className="accommodation-actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={intl.formatMessage(messages.changeFor, {
                          test: testWords(a.testName),
                        })}
                        onClick={() => choose(a.testId ?? '')}
                      >
                        {intl.formatMessage(messages.change)}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger-outline"
                        aria-label={intl.formatMessage(messages.removeFor, {
                          test: testWords(a.testName),
                        })}
                        onClick={() => setRemoving(a)}
                      >
                        {intl.formatMessage(messages.remove)}
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
            {intl.formatMessage(
              existing(form.testId) ? messages.changeHeading : messages.addHeading,
            )}
          </h3>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-test`}>
              {intl.formatMessage(messages.columnFor)}
            </label>
            <select
              id={`${id}-test`}
              className="select"
              value={form.testId}
              aria-invalid={errorFor('testId') ? true : undefined}
              onChange={(e) => choose(e.target.value)}
            >
              <option value="">{intl.formatMessage(messages.everyTestTitle)}</option>
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
              intl.formatMessage(messages.timeMultiplierHint, { example: formatNumber(1.5) }),
            )}
            {number('extraMinutes', intl.formatMessage(messages.extraMinutesHint))}
            {number('restBreakMinutes', intl.formatMessage(messages.restBreakHint))}
            {number('extraAttempts', intl.formatMessage(messages.extraAttemptsHint))}
            {form.testId !== '' && when('availableFrom', intl.formatMessage(messages.openingTime))}
            {form.testId !== '' && when('availableUntil', intl.formatMessage(messages.closingTime))}
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-note`}>
              {intl.formatMessage(messages.note)}
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
              {shownError(save.error)}
            </p>
          )}
          {save.error?.field !== undefined && (
            <p className="visually-hidden" role="alert">
              {shownError(save.error)}
            </p>
          )}
          {unread !== null && (
            <p className="visually-hidden" role="alert">
              {unreadWords(unread)}
            </p>
          )}
          <p className="field__hint" role="status">
            {saved ?? ''}
          </p>
          <div className="editor__actions">
            <button type="submit" className="button button--primary" disabled={save.busy}>
              {intl.formatMessage(messages.save)}
            </button>
          </div>
        </form>
      </Dialog>
      {removing && (
        <ConfirmDialog
          title={intl.formatMessage(messages.removeTitle)}
          confirmLabel={intl.formatMessage(messages.removeConfirm)}
          danger
          busy={remove.busy}
          error={remove.error ? shownError(remove.error) : null}
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
            {intl.formatMessage(messages.removeBody, {
              name: student.name,
              terms: intl.formatList(termsInWords(removing), { type: 'unit' }),
              test: testWords(removing.testName),
            })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
