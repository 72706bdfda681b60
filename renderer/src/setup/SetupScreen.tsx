import { useEffect, useState } from 'react';
import type { SetupStatus } from '@shared/api/contract/setup';
import { call } from '../api/client';
import { StatusBar } from '../app/StatusBar';
import { useDocumentTitle } from '../lib/use-document-title';
import { Banner } from '../ui/Banner';
import { BrandMark } from '../ui/BrandMark';
import { CreateOrganisationForm } from './CreateOrganisationForm';
import { EnrolForm } from './EnrolForm';
import { useSetupStore } from './setup-store';
import type { SourceMessage } from '../i18n/catalogue';
import { useIntl } from '../i18n/use-intl';
import { messages as libMessages } from '../lib/messages';
import { messages } from './messages';
import '../auth/login.css';
import './setup.css';
import { shownError } from '../errors/error-text';

type Path = 'enrol' | 'create' | 'demo';

const paths = [
  { id: 'enrol', title: messages.enrolTitle, text: messages.enrolText },
  { id: 'create', title: messages.createTitle, text: messages.createText },
  { id: 'demo', title: messages.demoTitle, text: messages.demoText },
] as const satisfies ReadonlyArray<{ id: Path; title: SourceMessage; text: SourceMessage }>;

/** First start on a computer with no organisation: the three ways to set it up. */
export function SetupScreen({ status }: { status: SetupStatus }) {
  const intl = useIntl();
  const title = intl.formatMessage(messages.title);
  useDocumentTitle(title);
  const [path, setPath] = useState<Path | null>(null);
  const [demoError, setDemoError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const enrolling = status.provisioned?.state === 'enrolling';

  // A pre-set enrolment runs in main on its own; the screen follows it until it is done.
  useEffect(() => {
    if (!enrolling) return undefined;
    const timer = window.setInterval(() => void useSetupStore.getState().load(), 1_000);
    return () => window.clearInterval(timer);
  }, [enrolling]);

  const openDemo = async () => {
    setBusy(true);
    setDemoError(null);
    const result = await call('setup.openDemo', {});
    setBusy(false);
    if (!result.ok) setDemoError(shownError(result.error));
    else await useSetupStore.getState().load();
  };

  return (
    <div className="login">
      <main className="login__main">
        <div className="login__card setup__card">
          <div className="login__brand">
            <BrandMark className="login__mark" />
            <span className="login__product">{intl.formatMessage(libMessages.productName)}</span>
          </div>
          <h1 className="login__title">{title}</h1>
          <p className="login__lede">{intl.formatMessage(messages.lede)}</p>
          {status.provisioned && (
            <Banner
              tone={status.provisioned.state === 'failed' ? 'warning' : 'info'}
              role="status"
              title={
                status.provisioned.state === 'enrolling'
                  ? intl.formatMessage(messages.provisionEnrolling)
                  : intl.formatMessage(messages.provisionFailed)
              }
            >
              {status.provisioned.message ??
                intl.formatMessage(messages.provisionUsing, { path: status.provisioned.path })}
              {status.provisioned.state === 'failed' && intl.formatMessage(messages.provisionRetry)}
            </Banner>
          )}
          <div
            className="setup__paths"
            role="radiogroup"
            aria-label={intl.formatMessage(messages.pathsLabel)}
          >
            {paths.map((p) => (
              <button
                key={p.id}
                type="button"
                role="radio"
                aria-checked={path === p.id}
                className={`setup__path${path === p.id ? ' setup__path--chosen' : ''}`}
                onClick={() => setPath(p.id)}
                disabled={enrolling}
              >
                <span className="setup__path-title">{intl.formatMessage(p.title)}</span>
                <span className="setup__path-text">{intl.formatMessage(p.text)}</span>
              </button>
            ))}
          </div>
          {path === 'enrol' && (
            <section aria-label={intl.formatMessage(messages.enrolTitle)}>
              <EnrolForm />
            </section>
          )}
          {path === 'create' && (
            <section aria-label={intl.formatMessage(messages.createTitle)}>
              <CreateOrganisationForm status={status} />
            </section>
          )}
          {path === 'demo' && (
            <section aria-label={intl.formatMessage(messages.demoTitle)} className="setup-form">
              <Banner tone="warning" title={intl.formatMessage(messages.demoWarningTitle)}>
                {intl.formatMessage(messages.demoWarning)}
              </Banner>
              <div role="alert">
                {demoError && <p className="setup-form__error">{demoError}</p>}
              </div>
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() => void openDemo()}
              >
                {intl.formatMessage(busy ? messages.opening : messages.demoTitle)}
              </button>
            </section>
          )}
        </div>
      </main>
      <StatusBar />
    </div>
  );
}
