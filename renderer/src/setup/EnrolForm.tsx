import { useState, type SubmitEvent } from 'react';
import type { ApiErrorBody, ApiResult } from '@shared/api/result';
import type { EnrolmentResult } from '@shared/domain/sync';
import { call } from '../api/client';
import { useAppInfoStore } from '../app/app-info-store';
import { useSessionStore } from '../auth/session-store';
import { useSetupStore } from './setup-store';
import { fieldError, TextField } from './TextField';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

const FIELDS = ['url', 'token', 'deviceName', 'fileText'];

/** Joins this computer to its organisation's database: by URL and token, or an enrolment file. */
export function EnrolForm() {
  const intl = useIntl();
  const deviceNameNow = useAppInfoStore((s) => s.info?.deviceName ?? '');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [deviceName, setDeviceName] = useState(deviceNameNow);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const finish = async (result: ApiResult<EnrolmentResult>) => {
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    useSessionStore.setState({
      status: 'signed-out',
      session: null,
      notice: intl.formatMessage(messages.enrolled, {
        organisation: result.value.organisation ?? intl.formatMessage(messages.yourOrganisation),
      }),
    });
    await Promise.all([useSetupStore.getState().load(), useAppInfoStore.getState().load()]);
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    await finish(await call('setup.enrol', { url, token, deviceName }));
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const fileText = await file.text();
    await finish(await call('setup.enrolFromFile', { fileText, deviceName }));
  };

  const general = error && !FIELDS.some((f) => fieldError(error, f)) ? shownError(error) : null;
  const fileProblem = fieldError(error, 'fileText') ?? fieldError(error, 'file');

  return (
    <form className="setup-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id="setup-url"
        label={intl.formatMessage(messages.syncUrl)}
        field="url"
        value={url}
        onChange={setUrl}
        error={error}
        placeholder="libsql://your-organisation.turso.io"
      />
      <TextField
        id="setup-token"
        label={intl.formatMessage(messages.authToken)}
        field="token"
        type="password"
        value={token}
        onChange={setToken}
        error={error}
      />
      <TextField
        id="setup-device-name"
        label={intl.formatMessage(messages.computerName)}
        field="deviceName"
        value={deviceName}
        onChange={setDeviceName}
        error={error}
        hint={intl.formatMessage(messages.computerNameHint)}
      />
      <div role="alert">{general && <p className="setup-form__error">{general}</p>}</div>
      <div className="setup-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {intl.formatMessage(busy ? messages.enrolling : messages.enrol)}
        </button>
        <label className="button">
          {intl.formatMessage(messages.useFile)}
          <input
            type="file"
            accept=".json,application/json"
            className="setup-form__file"
            aria-label={intl.formatMessage(messages.enrolmentFile)}
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
      </div>
      {fileProblem !== null && (
        <p className="field__hint field__hint--warning" role="alert">
          {fileProblem}
        </p>
      )}
    </form>
  );
}
