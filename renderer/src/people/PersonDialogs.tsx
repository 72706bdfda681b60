import { useState } from 'react';
import type { Person } from '@shared/domain/organisation';
import type { PeopleImportReport } from '@shared/domain/people-import';
import { roles, type Role } from '@shared/domain/roles';
import { fileToBase64 } from '../lib/files';
import { plural } from '../lib/format';
import { roleLabels } from '../lib/labels';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import { Dialog } from '../ui/Dialog';

const fieldMessage = (error: { field?: string; message: string } | null, field: string) =>
  error?.field === field ? error.message : null;

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
      title="Add a person"
      open={open}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={create.busy}
            onClick={submit}
          >
            Add person
          </button>
        </>
      }
    >
      {create.error && !create.error.field && <Banner tone="danger">{create.error.message}</Banner>}
      {input('name', 'Name')}
      {input('email', 'Email', 'email')}
      <div className="field">
        <label className="field__label" htmlFor="new-role">
          Role
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
      {input('password', 'Password (at least 8 characters)', 'password')}
    </Dialog>
  );
}

/** Bulk import from CSV (name,email,role,password): check first, then create all or none. */
export function PeopleImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
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
      title="Import people from CSV"
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
            Check file
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!report || report.committed || report.rejection !== null || commit.busy}
            onClick={() => void go(false)}
          >
            {report ? `Create ${plural(report.counts.creatable, 'account')}` : 'Create accounts'}
          </button>
        </>
      }
    >
      <p className="muted">
        Header: <code>name,email,role,password</code>. Role defaults to student; an empty password
        gets a temporary one, shown once here.
      </p>
      <input
        aria-label="CSV file"
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      {error && <Banner tone="danger">{error.message}</Banner>}
      {report?.rejection && <Banner tone="warning">{report.rejection}</Banner>}
      {report && (
        <div className="table-scroll table-scroll--tall">
          <table className="table">
            <caption className="visually-hidden">People import report</caption>
            <thead>
              <tr>
                <th scope="col" className="col-num">
                  Line
                </th>
                <th scope="col">Person</th>
                <th scope="col" className="col-tight">
                  Result
                </th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.line}>
                  <td className="col-num">{r.line}</td>
                  <td>
                    {r.name} <span className="muted">{r.email}</span>
                  </td>
                  <td className="nowrap">
                    {r.status === 'created'
                      ? 'Created'
                      : r.status === 'would_create'
                        ? 'Will create'
                        : 'Skipped'}
                  </td>
                  <td>
                    {r.reason ??
                      (r.temporaryPassword ? `Temporary password: ${r.temporaryPassword}` : '')}
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
  const [role, setRole] = useState<Role>(person?.role ?? 'student');
  const [password, setPassword] = useState('');
  const update = useApiMutation('people.update');
  const reset = useApiMutation('people.resetPassword');
  const resetPin = useApiMutation('people.resetPin');
  const [pinCleared, setPinCleared] = useState(false);
  const error = update.error ?? reset.error ?? resetPin.error;
  if (!person) return null;
  const holdsPin = person.role === 'proctor' || person.role === 'admin';
  return (
    <Dialog
      title={person.name}
      open
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      {error && <Banner tone="danger">{error.message}</Banner>}
      <p className="muted">{person.email}</p>
      <div className="field">
        <label className="field__label" htmlFor="person-role">
          Role
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
          Save role
        </button>
        <button
          type="button"
          className={`button${person.active ? ' button--danger' : ''}`}
          disabled={update.busy}
          onClick={() =>
            void update.run({ id: person.id, active: !person.active }).then((p) => p && onSaved())
          }
        >
          {person.active ? 'Deactivate' : 'Reactivate'}
        </button>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="person-password">
          New password
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
          Reset password
        </button>
      </div>
      {staffAllowed && holdsPin && (
        <div className="field">
          <span className="field__label">Proctor PIN</span>
          <p className="field__hint">
            Resetting clears {person.name}’s PIN at once, so it stops closing locked exams; they set
            a new one themselves with their password. Recorded in the audit trail.
          </p>
          {pinCleared && (
            <p className="field__hint" role="status">
              The PIN is cleared.
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
              Reset PIN
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
