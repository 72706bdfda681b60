import { useState, type SubmitEvent } from 'react';
import type { SetupStatus } from '@shared/api/contract/setup';
import type { ApiErrorBody } from '@shared/api/result';
import { call } from '../api/client';
import { useSessionStore } from '../auth/session-store';
import { useSetupStore } from './setup-store';
import { fieldError, TextField } from './TextField';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

const FIELDS = ['organisationName', 'adminName', 'adminEmail', 'adminPassword', 'adminPin'];

/** A new organisation and its first admin (a strong password, a proctor PIN); signs them in. */
export function CreateOrganisationForm({ status }: { status: SetupStatus }) {
  const intl = useIntl();
  const [organisationName, setOrganisationName] = useState('');
  const [adminName, setAdminName] = useState('');
  const [adminEmail, setAdminEmail] = useState('');
  const [adminPassword, setAdminPassword] = useState('');
  const [adminPin, setAdminPin] = useState('');
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await call('setup.createOrganisation', {
      organisationName,
      adminName,
      adminEmail,
      adminPassword,
      adminPin,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    useSessionStore.setState({ status: 'signed-in', session: result.value, notice: null });
    await useSetupStore.getState().load();
  };

  const general = error && !FIELDS.some((f) => fieldError(error, f)) ? shownError(error) : null;

  return (
    <form className="setup-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        id="setup-org-name"
        label={intl.formatMessage(messages.organisationName)}
        field="organisationName"
        value={organisationName}
        onChange={setOrganisationName}
        error={error}
      />
      <TextField
        id="setup-admin-name"
        label={intl.formatMessage(messages.yourName)}
        field="adminName"
        value={adminName}
        onChange={setAdminName}
        error={error}
        autoComplete="name"
      />
      <TextField
        id="setup-admin-email"
        label={intl.formatMessage(messages.yourEmail)}
        field="adminEmail"
        type="email"
        inputMode="email"
        value={adminEmail}
        onChange={setAdminEmail}
        error={error}
        autoComplete="username"
      />
      <TextField
        id="setup-admin-password"
        label={intl.formatMessage(messages.password)}
        field="adminPassword"
        type="password"
        value={adminPassword}
        onChange={setAdminPassword}
        error={error}
        hint={status.passwordRule}
        autoComplete="new-password"
      />
      <TextField
        id="setup-admin-pin"
        label={intl.formatMessage(messages.proctorPin)}
        field="adminPin"
        type="password"
        inputMode="numeric"
        value={adminPin}
        onChange={setAdminPin}
        error={error}
        hint={intl.formatMessage(messages.pinHint, { rule: status.pinRule })}
      />
      <div role="alert">{general && <p className="setup-form__error">{general}</p>}</div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {intl.formatMessage(busy ? messages.creating : messages.create)}
      </button>
    </form>
  );
}
