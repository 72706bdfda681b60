import { useState, type SubmitEvent } from 'react';
import type { ApiErrorBody } from '@shared/api/result';
import type { EnrolmentResult, ServerCheck, SyncOverview } from '@shared/domain/sync';
import { deviceRoles, type DeviceRole } from '@shared/sync/enrolment';
import { call } from '../api/client';
import type { SourceMessage } from '../i18n/catalogue';
import { useIntl } from '../i18n/use-intl';
import { formatDateTime, formatNumber } from '../lib/format';
import { Banner } from '../ui/Banner';
import { messages } from './messages';
import { deviceRoleLabels } from './sync-format';
import { shownError } from '../errors/error-text';

const modeWords: Record<EnrolmentResult['mode'], SourceMessage> = {
  publish: messages.modePublish,
  join: messages.modeJoin,
  resume: messages.modeResume,
};

function fieldError(error: ApiErrorBody | null, field: string): string | null {
  if (!error || error.field === undefined) return null;
  return error.field === field || error.field.startsWith(`${field}.`) ? shownError(error) : null;
}

/** Enrol (form or enrolment file), re-enrol with a new token, or un-enrol. */
export function EnrolmentPanel({
  overview,
  onChanged,
}: {
  overview: SyncOverview;
  onChanged: () => void;
}) {
  const intl = useIntl();
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
        intl.formatMessage(modeWords[value.mode]) +
          (value.archivedTo
            ? intl.formatMessage(messages.archivedTo, { path: value.archivedTo })
            : ''),
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
      setDone(intl.formatMessage(modeWords[value.mode]));
      onChanged();
    }
  };

  const unenrol = async () => {
    const value = await run(() => call('sync.unenrol', {}));
    if (value) {
      setDone(intl.formatMessage(messages.unenrolled));
      onChanged();
    }
  };

  const exportUnsynced = async () => {
    const value = await run(() => call('sync.exportUnsynced', {}));
    if (value)
      setDone(
        intl.formatMessage(messages.exported, {
          count: formatNumber(value.changes),
          path: value.path,
        }),
      );
  };

  const generalError =
    error &&
    (error.field === undefined ||
      !['url', 'token', 'deviceName', 'fileText'].some((f) => fieldError(error, f)))
      ? shownError(error)
      : null;

  return (
    <section className="panel" aria-labelledby="enrolment-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="enrolment-heading">
          {intl.formatMessage(enrolment ? messages.enrolment : messages.enrolThisComputer)}
        </h2>
        {enrolment && (
          <span className="panel__meta">
            {intl.formatMessage(messages.since, { date: formatDateTime(enrolment.enrolledAt) })}
          </span>
        )}
      </div>
      <div className="panel__body">
        {enrolment && (
          <dl className="sync-facts">
            <div>
              <dt>{intl.formatMessage(messages.organisationDatabase)}</dt>
              <dd data-testid="enrolled-url">{enrolment.url}</dd>
            </div>
            <div>
              <dt>{intl.formatMessage(messages.organisation)}</dt>
              <dd>{enrolment.organisation ?? '—'}</dd>
            </div>
            <div>
              <dt>{intl.formatMessage(messages.usedFor)}</dt>
              <dd>{deviceRoleLabels[enrolment.deviceRole] ?? enrolment.deviceRole}</dd>
            </div>
          </dl>
        )}
        <form className="sync-form" onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label className="field__label" htmlFor="sync-url">
              {intl.formatMessage(messages.syncUrl)}
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
              {intl.formatMessage(enrolment ? messages.authTokenNew : messages.authToken)}
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
              {intl.formatMessage(messages.computerName)}
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
              {intl.formatMessage(messages.usedFor)}
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
          <p className="field__hint">
            {intl.formatMessage(
              overview.secretStorage.scheme === 'os-encrypted'
                ? messages.secretStorageKeyring
                : messages.secretStoragePlain,
            )}
          </p>
          {check && (
            <Banner tone={check.updateRequired ? 'warning' : 'info'} role="status">
              {check.mode === 'join'
                ? intl.formatMessage(messages.checkJoin, {
                    organisations:
                      check.organisations.length > 0
                        ? intl.formatList(check.organisations, { type: 'unit', style: 'short' })
                        : intl.formatMessage(messages.anOrganisation),
                  })
                : intl.formatMessage(messages.checkEmpty)}
              {check.updateRequired && intl.formatMessage(messages.checkNewer)}
            </Banner>
          )}
          <div className="sync-actions">
            <button
              type="button"
              className="button"
              onClick={() => void checkServer()}
              disabled={busy}
            >
              {intl.formatMessage(messages.checkServer)}
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {intl.formatMessage(enrolment ? messages.reEnrol : messages.enrol)}
            </button>
            <label className="button">
              {intl.formatMessage(messages.importFile)}
              <input
                type="file"
                accept=".json,application/json"
                className="visually-hidden"
                aria-label={intl.formatMessage(messages.enrolmentFile)}
                onChange={(e) => void importFile(e.target.files?.[0])}
              />
            </label>
          </div>
          {fieldError(error, 'fileText') !== null || (error?.field?.startsWith('file') ?? false) ? (
            <Banner tone="danger" role="alert" title={intl.formatMessage(messages.fileRefused)}>
              {error ? shownError(error) : null}
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
              {intl.formatMessage(messages.exportUnsent)}
            </button>
            <button type="button" className="button" onClick={() => void unenrol()} disabled={busy}>
              {intl.formatMessage(messages.unenrol)}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
