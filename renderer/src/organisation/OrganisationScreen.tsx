import { useState } from 'react';
import { isLocalLogo } from '@shared/domain/logo';
import type { Organisation } from '@shared/domain/organisation';
import { useApiQuery } from '../api/use-api-query';
import { fileToBase64 } from '../lib/files';
import { localeNames, toUiLocale, uiLocales, type UiLocale } from '@shared/i18n/locales';
import { useApiMutation } from '../api/use-api-mutation';
import { PlanAndUsage } from '../billing/PlanAndUsage';
import { useSessionStore } from '../auth/session-store';
import { Banner } from '../ui/Banner';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { organisationText } from './organisation-text';
import { ErrorState, LoadingState } from '../ui/States';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { useErrorText } from '../errors/use-error-text';

/** The organisation's name, address, logo and active flag, then its plan and usage. */
export function OrganisationScreen() {
  const intl = useIntl();
  const org = useApiQuery('organisation.get', {});
  // Outside the form, which is drawn afresh after every save, so the undo stays on screen.
  const [justDeactivated, setJustDeactivated] = useState(false);
  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1>{intl.formatMessage(messages.title)}</h1>
          <p className="page__lede">{intl.formatMessage(messages.lede)}</p>
        </div>
      </div>
      {org.error ? (
        <ErrorState error={org.error} onRetry={org.reload} />
      ) : !org.data ? (
        <LoadingState label={intl.formatMessage(messages.loading)} />
      ) : (
        <OrganisationForm
          key={org.data.updatedAt}
          org={org.data}
          justDeactivated={justDeactivated}
          onDeactivated={setJustDeactivated}
        />
      )}
      <PlanAndUsage />
    </div>
  );
}

function OrganisationForm({
  org,
  justDeactivated,
  onDeactivated,
}: {
  org: Organisation;
  justDeactivated: boolean;
  onDeactivated: (deactivated: boolean) => void;
}) {
  const intl = useIntl();
  const [name, setName] = useState(org.name);
  const [address, setAddress] = useState(org.address ?? '');
  const [logoUrl, setLogoUrl] = useState(org.logoUrl);
  const [language, setLanguage] = useState<UiLocale>(org.language);
  const update = useApiMutation('organisation.update');
  const setActive = useApiMutation('organisation.setActive');
  const [confirming, setConfirming] = useState(false);
  // The read-only banner comes with the session, so it is read again after every change of state.
  const changeActive = async (active: boolean) => {
    const done = await setActive.run({ active });
    if (!done) return;
    setConfirming(false);
    onDeactivated(!active);
    await useSessionStore.getState().refresh();
  };
  const errorText = useErrorText();
  const fieldError = (f: string) => (update.error?.field === f ? errorText(update.error) : null);
  return (
    <section className="panel" aria-labelledby="org-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="org-heading">
          {intl.formatMessage(messages.details)}
        </h2>
      </div>
      <form
        className="panel__body editor"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // An unchanged logo is not sent: one saved as a web address by an older version would be refused.
          void (async () => {
            const done = await update.run({
              name,
              address: address.trim() === '' ? null : address,
              ...(logoUrl !== org.logoUrl && { logoUrl }),
              ...(language !== org.language && { language }),
            });
            // The session carries the organisation's language, which every screen follows.
            if (done && language !== org.language) await useSessionStore.getState().refresh();
          })();
        }}
      >
        {update.error && !update.error.field && (
          <Banner tone="danger">{errorText(update.error)}</Banner>
        )}
        <div className="field">
          <label className="field__label" htmlFor="org-name">
            {intl.formatMessage(messages.name)}
          </label>
          <input
            id="org-name"
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={fieldError('name') ? true : undefined}
          />
          {fieldError('name') && <span className="field__error">{fieldError('name')}</span>}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="org-address">
            {intl.formatMessage(messages.address)}
          </label>
          <textarea
            id="org-address"
            className="input textarea"
            rows={2}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="org-language">
            {intl.formatMessage(messages.language)}
          </label>
          <select
            id="org-language"
            className="input"
            value={language}
            onChange={(e) => setLanguage(toUiLocale(e.target.value) ?? org.language)}
          >
            {uiLocales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {localeNames[locale]}
              </option>
            ))}
          </select>
          <span className="field__hint">{intl.formatMessage(messages.languageHint)}</span>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="org-logo">
            {intl.formatMessage(messages.logo)}
          </label>
          {isLocalLogo(logoUrl) && (
            <img
              src={logoUrl}
              alt={intl.formatMessage(messages.currentLogo)}
              className="org-identity__logo"
            />
          )}
          {logoUrl !== null && !isLocalLogo(logoUrl) && (
            <span className="field__hint field__hint--warning">
              {intl.formatMessage(messages.remoteLogoNote)}
            </span>
          )}
          <input
            id="org-logo"
            type="file"
            accept="image/png,image/jpeg,image/svg+xml,image/webp"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file)
                void fileToBase64(file).then((b64) =>
                  setLogoUrl(`data:${file.type};base64,${b64}`),
                );
            }}
          />
          {fieldError('logoUrl') && <span className="field__error">{fieldError('logoUrl')}</span>}
          {logoUrl && (
            <button type="button" className="button button--small" onClick={() => setLogoUrl(null)}>
              {intl.formatMessage(messages.removeLogo)}
            </button>
          )}
        </div>
        <div className="editor__actions">
          <button type="submit" className="button button--primary" disabled={update.busy}>
            {intl.formatMessage(messages.saveDetails)}
          </button>
          <button
            type="button"
            className={`button${org.active ? ' button--danger' : ''}`}
            disabled={setActive.busy}
            onClick={() => (org.active ? setConfirming(true) : void changeActive(true))}
          >
            {org.active ? organisationText.deactivate : organisationText.reactivate}
          </button>
        </div>
        <p className="muted">{organisationText.inactiveHint}</p>
        {justDeactivated && !org.active && (
          <Banner
            tone="warning"
            role="status"
            action={
              <button
                type="button"
                className="button button--small"
                disabled={setActive.busy}
                onClick={() => void changeActive(true)}
              >
                {organisationText.undo}
              </button>
            }
          >
            {organisationText.deactivated}
          </Banner>
        )}
        {setActive.error && !confirming && (
          <Banner tone="danger" role="alert">
            {errorText(setActive.error)}
          </Banner>
        )}
        {confirming && (
          <ConfirmDialog
            title={organisationText.confirmTitle(org.name)}
            confirmLabel={organisationText.deactivate}
            danger
            busy={setActive.busy}
            error={setActive.error ? errorText(setActive.error) : null}
            onCancel={() => {
              setConfirming(false);
              setActive.clearError();
            }}
            onConfirm={() => void changeActive(false)}
          >
            <p>{organisationText.confirmBody}</p>
          </ConfirmDialog>
        )}
      </form>
    </section>
  );
}
