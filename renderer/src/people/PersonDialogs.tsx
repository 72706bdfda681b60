import { useState } from 'react';
import type { Person } from '@shared/domain/organisation';
import type { PeopleImportReport } from '@shared/domain/people-import';
import { roles, type Role } from '@shared/domain/roles';
import { fileToBase64 } from '../lib/files';
import { useIntl } from '../i18n/use-intl';
import { roleLabels } from '../lib/labels';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import { Dialog } from '../ui/Dialog';
import { AccommodationsDialog } from '../accommodations/AccommodationsDialog';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

const fieldMessage = (error: { field?: string; message: string } | null, field: string) =>
  error?.field === field ? shownError(error) : null;

/** Adds one person. Authors may add students; only admins add staff. */
export function NewPersonDialog({
  open,
  onClose,
  staffAllowed,
}: {
  open: boolean;
  onClose: () => void;
  staffAllowed: boolean;
}) {
  const intl = useIntl();
  const [form, setForm] = useState({ name: '', email: '', role: 'student' as Role, password: '' });
  const create = useApiMutation('people.create');
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const submit = () =>
    void create.run(form).then((p) => {
      if (p) {
        setForm({ name: '', email: '', role: 'student', password: '' });
        onClose();
      }
    });
  const input = (key: 'name' | 'email' | 'password', label: string, type = 'text') => (
    <div className="field">
      <label className="field__label" htmlFor={`new-${key}`}>
        {label}
      </label>
      <input
        id={`new-${key}`}
        className="input"
        type={type}
        value={form[key]}
        onChange={(e) => set({ [key]: e.target.value })}
        aria-invalid={fieldMessage(create.error, key) ? true : undefined}
      />
      {fieldMessage(create.error, key) && (
        <span className="field__error">{fieldMessage(create.error, key)}</span>
      )}
    </div>
  );
  return (
    <Dialog
      title={intl.formatMessage(messages.addAPerson)}
      open={open}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {intl.formatMessage(messages.cancel)}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={create.busy}
            onClick={submit}
          >
            {intl.formatMessage(messages.addPerson)}
          </button>
        </>
      }
    >
      {create.error && !create.error.field && (
        <Banner tone="danger">{shownError(create.error)}</Banner>
      )}
      {input('name', intl.formatMessage(messages.name))}
      {input('email', intl.formatMessage(messages.email), 'email')}
      <div className="field">
        <label className="field__label" htmlFor="new-role">
          {intl.formatMessage(messages.role)}
        </label>
        <select
          id="new-role"
          className="select"
          value={form.role}
          onChange={(e) => set({ role: e.target.value as Role })}
        >
          {roles
            .filter((r) => staffAllowed || r === 'student')
            .map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
        </select>
      </div>
      {input('password', intl.formatMessage(messages.passwordMin), 'password')}
    </Dialog>
  );
}

/** Bulk import from CSV (name,email,role,password): check first, then create all or none. */
export function PeopleImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const intl = useIntl();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<PeopleImportReport | null>(null);
  const preview = useApiMutation('people.importPreview');
  const commit = useApiMutation('people.import');
  const error = preview.error ?? commit.error;
  const go = async (dry: boolean) => {
    if (!file) return;
    const base64 = await fileToBase64(file);
    const result = dry
      ? await preview.run({ base64, skipInvalid: true })
      : await commit.run({ base64, skipInvalid: true });
    setReport(result);
  };
  return (
    <Dialog
      title={intl.formatMessage(messages.importTitle)}
      open={open}
      wide
      onClose={() => {
        setReport(null);
        setFile(null);
        onClose();
      }}
      actions={
        <>
          <button
            type="button"
            className="button"
            disabled={!file || preview.busy}
            onClick={() => void go(true)}
          >
            {intl.formatMessage(messages.checkFile)}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!report || report.committed || report.rejection !== null || commit.busy}
            onClick={() => void go(false)}
          >
            {report
              ? intl.formatMessage(messages.createCount, { count: report.counts.creatable })
              : intl.formatMessage(messages.createAccounts)}
          </button>
        </>
      }
    >
      <p className="muted">
        {intl.formatMessage(messages.importHelp, { code: (chunks) => <code>{chunks}</code> })}
      </p>
      <input
        aria-label={intl.formatMessage(messages.csvFile)}
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      {error && <Banner tone="danger">{shownError(error)}</Banner>}
      {report?.rejection && <Banner tone="warning">{report.rejection}</Banner>}
      {report && (
        <div className="table-scroll table-scroll--tall">
          <table className="table">
            <caption className="visually-hidden">
              {intl.formatMessage(messages.importReport)}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="col-num">
                  {intl.formatMessage(messages.line)}
                </th>
                <th scope="col">{intl.formatMessage(messages.person)}</th>
                <th scope="col" className="col-tight">
                  {intl.formatMessage(messages.result)}
                </th>
                <th scope="col">{intl.formatMessage(messages.note)}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.line}>
                  <td className="col-num">{intl.formatNumber(r.line)}</td>
                  <td>
                    {r.name} <span className="muted">{r.email}</span>
                  </td>
                  <td className="nowrap">
                    {intl.formatMessage(
                      r.status === 'created'
                        ? messages.created
                        : r.status === 'would_create'
                          ? messages.willCreate
                          : messages.skipped,
                    )}
                  </td>
                  <td>
                    {r.reason ??
                      (r.temporaryPassword
                        ? intl.formatMessage(messages.temporaryPassword, {
                            password: r.temporaryPassword,
                          })
                        : '')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}

/** One person: role, active, and a new password. */
export function PersonDialog({
  person,
  onClose,
  onSaved,
  staffAllowed,
}: {
  person: Person | null;
  onClose: () => void;
  onSaved: () => void;
  staffAllowed: boolean;
}) {
  const intl = useIntl();
  const [role, setRole] = useState<Role>(person?.role ?? 'student');
  const [password, setPassword] = useState('');
  const update = useApiMutation('people.update');
  const reset = useApiMutation('people.resetPassword');
  const resetPin = useApiMutation('people.resetPin');
  const [pinCleared, setPinCleared] = useState(false);
  const [accommodating, setAccommodating] = useState(false);
  const error = update.error ?? reset.error ?? resetPin.error;
  if (!person) return null;
  if (accommodating)
    return <AccommodationsDialog student={person} onClose={() => setAccommodating(false)} />;
  const holdsPin = person.role === 'proctor' || person.role === 'admin';
  return (
    <Dialog
      title={person.name}
      open
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {intl.formatMessage(messages.close)}
        </button>
      }
    >
      {error && <Banner tone="danger">{shownError(error)}</Banner>}
      <p className="muted">{person.email}</p>
      <div className="field">
        <label className="field__label" htmlFor="person-role">
          {intl.formatMessage(messages.role)}
        </label>
        <select
          id="person-role"
          className="select"
          value={role}
          disabled={!staffAllowed}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="editor__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={update.busy || role === person.role}
          onClick={() => void update.run({ id: person.id, role }).then((p) => p && onSaved())}
        >
          {intl.formatMessage(messages.saveRole)}
        </button>
        <button
          type="button"
          className={`button${person.active ? ' button--danger' : ''}`}
          disabled={update.busy}
          onClick={() =>
            void update.run({ id: person.id, active: !person.active }).then((p) => p && onSaved())
          }
        >
          {intl.formatMessage(person.active ? messages.deactivate : messages.reactivate)}
        </button>
      </div>
      {person.role === 'student' && (
        <div className="field">
          <span className="field__label">{intl.formatMessage(messages.accommodations)}</span>
          <p className="field__hint">{intl.formatMessage(messages.accommodationsHint)}</p>
          <div className="editor__actions">
            <button type="button" className="button" onClick={() => setAccommodating(true)}>
              {intl.formatMessage(messages.accommodationsButton)}
            </button>
          </div>
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor="person-password">
          {intl.formatMessage(messages.newPassword)}
        </label>
        <input
          id="person-password"
          className="input"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {fieldMessage(reset.error, 'password') && (
          <span className="field__error">{fieldMessage(reset.error, 'password')}</span>
        )}
      </div>
      <div className="editor__actions">
        <button
          type="button"
          className="button"
          disabled={reset.busy || password === ''}
          onClick={() =>
            void reset.run({ id: person.id, password }).then((p) => {
              if (p) {
                setPassword('');
                onSaved();
              }
            })
          }
        >
          {intl.formatMessage(messages.resetPassword)}
        </button>
      </div>
      {staffAllowed && holdsPin && (
        <div className="field">
          <span className="field__label">{intl.formatMessage(messages.proctorPin)}</span>
          <p className="field__hint">
            {intl.formatMessage(messages.resetPinHint, { name: person.name })}
          </p>
          {pinCleared && (
            <p className="field__hint" role="status">
              {intl.formatMessage(messages.pinCleared)}
            </p>
          )}
          <div className="editor__actions">
            <button
              type="button"
              className="button button--danger"
              disabled={resetPin.busy}
              onClick={() =>
                void resetPin.run({ id: person.id }).then((p) => {
                  if (p) {
                    setPinCleared(true);
                    onSaved();
                  }
                })
              }
            >
              {intl.formatMessage(messages.resetPin)}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
