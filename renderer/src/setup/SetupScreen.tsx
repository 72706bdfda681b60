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
import '../auth/login.css';
import './setup.css';

type Path = 'enrol' | 'create' | 'demo';

const paths: ReadonlyArray<{ id: Path; title: string; text: string }> = [
  {
    id: 'enrol',
    title: 'Enrol this computer',
    text: 'Your organisation already uses Exam Desk: join its database with the sync URL and token, or an enrolment file, from your administrator.',
  },
  {
    id: 'create',
    title: 'Create an organisation',
    text: 'The first computer of a new organisation: name it and set up its first administrator.',
  },
  {
    id: 'demo',
    title: 'Open the demo',
    text: 'Sample data to look around with. Its passwords are public, so it is never used for real exams and cannot be published as an organisation.',
  },
];

/** First start on a computer with no organisation: the three ways to set it up. */
export function SetupScreen({ status }: { status: SetupStatus }) {
  useDocumentTitle('Set up this computer');
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
    if (!result.ok) setDemoError(result.error.message);
    else await useSetupStore.getState().load();
  };

  return (
    <div className="login">
      <main className="login__main">
        <div className="login__card setup__card">
          <div className="login__brand">
            <BrandMark className="login__mark" />
            <span className="login__product">Exam Desk</span>
          </div>
          <h1 className="login__title">Set up this computer</h1>
          <p className="login__lede">
            This computer holds no organisation yet. Choose how to start; nothing is set up until
            you finish one of these.
          </p>
          {status.provisioned && (
            <Banner
              tone={status.provisioned.state === 'failed' ? 'warning' : 'info'}
              role="status"
              title={
                status.provisioned.state === 'enrolling'
                  ? 'Enrolling from the pre-set file…'
                  : 'The pre-set enrolment did not work.'
              }
            >
              {status.provisioned.message ??
                `Using ${status.provisioned.path}, which your IT team put on this computer.`}
              {status.provisioned.state === 'failed' &&
                ' It is tried again each time the app starts; you can also enrol by hand below.'}
            </Banner>
          )}
          <div className="setup__paths" role="radiogroup" aria-label="How to set up this computer">
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
                <span className="setup__path-title">{p.title}</span>
                <span className="setup__path-text">{p.text}</span>
              </button>
            ))}
          </div>
          {path === 'enrol' && (
            <section aria-label="Enrol this computer">
              <EnrolForm />
            </section>
          )}
          {path === 'create' && (
            <section aria-label="Create an organisation">
              <CreateOrganisationForm status={status} />
            </section>
          )}
          {path === 'demo' && (
            <section aria-label="Open the demo" className="setup-form">
              <Banner tone="warning" title="A demo, not an organisation.">
                The demo organisation’s passwords and PINs are printed in the README. Use it to look
                around; to run real exams, set this computer up again with a new data folder.
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
                {busy ? 'Opening…' : 'Open the demo'}
              </button>
            </section>
          )}
        </div>
      </main>
      <StatusBar />
    </div>
  );
}
