import { useState, type SubmitEvent } from 'react';
import type { ApiErrorBody } from '@shared/api/result';
import type { EnrolmentResult, ServerCheck, SyncOverview } from '@shared/domain/sync';
import { deviceRoles, type DeviceRole } from '@shared/sync/enrolment';
import { call } from '../api/client';
import { formatDateTime } from '../lib/format';
import { Banner } from '../ui/Banner';
import { deviceRoleLabels } from './sync-format';

const modeWords: Record<EnrolmentResult['mode'], string> = {
  publish: 'This computer’s data is now the organisation’s database, and sync is on.',
  join: 'This computer now holds the organisation’s data. Please sign in with your organisation account.',
  resume: 'Enrolment updated. Sync is on.',
};

function fieldError(error: ApiErrorBody | null, field: string): string | null {
  if (!error || error.field === undefined) return null;
  return error.field === field || error.field.startsWith(`${field}.`) ? error.message : null;
}

/** Enrol (form or enrolment file), re-enrol with a new token, or un-enrol. */
export function EnrolmentPanel({
  overview,
  onChanged,
}: {
  overview: SyncOverview;
  onChanged: () => void;
}) {
  const enrolment = overview.enrolment;
  const [url, setUrl] = useState(enrolment?.url ?? '');
  const [token, setToken] = useState('');
  const [deviceName, setDeviceName] = useState(overview.deviceName);
  const [deviceRole, setDeviceRole] = useState<DeviceRole>(enrolment?.deviceRole ?? 'exam');
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [check, setCheck] = useState<ServerCheck | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async <T,>(
    work: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiErrorBody }>,
  ) => {
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await work();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    return result.value;
  };

  const checkServer = async () => {
    const value = await run(() => call('sync.checkServer', { url, token }));
    setCheck(value);
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = await run(() => call('sync.enrol', { url, token, deviceName, deviceRole }));
    if (value) {
      setDone(
        modeWords[value.mode] +
          (value.archivedTo ? ` The previous data was kept in ${value.archivedTo}.` : ''),
      );
      setToken('');
      onChanged();
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const fileText = await file.text();
    const value = await run(() => call('sync.enrolFromFile', { fileText, deviceName, deviceRole }));
    if (value) {
      setDone(modeWords[value.mode]);
      onChanged();
    }
  };

  const unenrol = async () => {
    const value = await run(() => call('sync.unenrol', {}));
    if (value) {
      setDone('This computer is no longer enrolled. Its data stays here and works on its own.');
      onChanged();
    }
  };

  const exportUnsynced = async () => {
    const value = await run(() => call('sync.exportUnsynced', {}));
    if (value)
      setDone(
        `Exported ${String(value.changes)} unsent changes to ${value.path}. You can un-enrol now.`,
      );
  };

  const generalError =
    error &&
    (error.field === undefined ||
      !['url', 'token', 'deviceName', 'fileText'].some((f) => fieldError(error, f)))
      ? error.message
      : null;

  return (
    <section className="panel" aria-labelledby="enrolment-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="enrolment-heading">
          {enrolment ? 'Enrolment' : 'Enrol this computer'}
        </h2>
        {enrolment && (
          <span className="panel__meta">since {formatDateTime(enrolment.enrolledAt)}</span>
        )}
      </div>
      <div className="panel__body">
        {enrolment && (
          <dl className="sync-facts">
            <div>
              <dt>Organisation database</dt>
              <dd data-testid="enrolled-url">{enrolment.url}</dd>
            </div>
            <div>
              <dt>Organisation</dt>
              <dd>{enrolment.organisation ?? '—'}</dd>
            </div>
            <div>
              <dt>Used for</dt>
              <dd>{deviceRoleLabels[enrolment.deviceRole] ?? enrolment.deviceRole}</dd>
            </div>
          </dl>
        )}
        <form className="sync-form" onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label className="field__label" htmlFor="sync-url">
              Sync URL
            </label>
            <input
              id="sync-url"
              className="input"
              value={url}
              placeholder="libsql://your-organisation.turso.io"
              onChange={(e) => setUrl(e.target.value)}
              aria-invalid={fieldError(error, 'url') !== null}
              aria-describedby="sync-url-error"
              autoComplete="off"
            />
            {fieldError(error, 'url') !== null && (
              <p className="field__hint field__hint--warning" id="sync-url-error" role="alert">
                {fieldError(error, 'url')}
              </p>
            )}
          </div>
          <div className="field">
            <label className="field__label" htmlFor="sync-token">
              Auth token{enrolment ? ' (a new one, to re-enrol)' : ''}
            </label>
            <input
              id="sync-token"
              className="input"
              type="password"
              value={token}
              onChange={(e) => setToken(e.target.value)}
              aria-invalid={fieldError(error, 'token') !== null}
              autoComplete="off"
            />
            {fieldError(error, 'token') !== null && (
              <p className="field__hint field__hint--warning" role="alert">
                {fieldError(error, 'token')}
              </p>
            )}
          </div>
          <div className="field">
            <label className="field__label" htmlFor="sync-device-name">
              Computer name
            </label>
            <input
              id="sync-device-name"
              className="input"
              value={deviceName}
              onChange={(e) => setDeviceName(e.target.value)}
              aria-invalid={fieldError(error, 'deviceName') !== null}
            />
            {fieldError(error, 'deviceName') !== null && (
              <p className="field__hint field__hint--warning" role="alert">
                {fieldError(error, 'deviceName')}
              </p>
            )}
          </div>
          <div className="field">
            <label className="field__label" htmlFor="sync-device-role">
              Used for
            </label>
            <select
              id="sync-device-role"
              className="select"
              value={deviceRole}
              onChange={(e) => setDeviceRole(e.target.value as DeviceRole)}
            >
              {deviceRoles.map((r) => (
                <option key={r} value={r}>
                  {deviceRoleLabels[r]}
                </option>
              ))}
            </select>
          </div>
          <p className="field__hint">{overview.secretStorage.description}</p>
          {check && (
            <Banner tone={check.updateRequired ? 'warning' : 'info'} role="status">
              {check.mode === 'join'
                ? `This database holds ${check.organisations.join(', ') || 'an organisation'}. Enrolling replaces this computer’s data with it (the current data is kept aside, never sent).`
                : 'This database is empty. Enrolling sends this computer’s organisation to it.'}
              {check.updateRequired &&
                ' Its schema is newer than this app: update the app to make changes.'}
            </Banner>
          )}
          <div className="sync-actions">
            <button
              type="button"
              className="button"
              onClick={() => void checkServer()}
              disabled={busy}
            >
              Check server
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {enrolment ? 'Re-enrol' : 'Enrol'}
            </button>
            <label className="button">
              Import enrolment file…
              <input
                type="file"
                accept=".json,application/json"
                className="visually-hidden"
                aria-label="Enrolment file"
                onChange={(e) => void importFile(e.target.files?.[0])}
              />
            </label>
          </div>
          {fieldError(error, 'fileText') !== null || (error?.field?.startsWith('file') ?? false) ? (
            <Banner tone="danger" role="alert" title="That enrolment file cannot be used:">
              {error?.message}
            </Banner>
          ) : null}
        </form>
        {generalError !== null && !(error?.field?.startsWith('file') ?? false) && (
          <Banner tone="danger" role="alert">
            {generalError}
          </Banner>
        )}
        {done !== null && (
          <Banner tone="info" role="status">
            {done}
          </Banner>
        )}
        {enrolment && (
          <div className="sync-actions sync-actions--end">
            <button
              type="button"
              className="button"
              onClick={() => void exportUnsynced()}
              disabled={busy}
            >
              Export unsent changes
            </button>
            <button type="button" className="button" onClick={() => void unenrol()} disabled={busy}>
              Un-enrol this computer
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
