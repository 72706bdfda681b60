import { useRef, useState, type SubmitEvent, type KeyboardEvent } from 'react';
import { useIntl } from '../i18n/use-intl';
import { errorText } from '../errors/error-text';
import { humaniseTimestamps } from '../lib/format';
import { messages as libMessages } from '../lib/messages';
import { useDocumentTitle } from '../lib/use-document-title';
import { useAppInfoStore } from '../app/app-info-store';
import { useSessionStore } from './session-store';
import { StatusBar } from '../app/StatusBar';
import { Banner } from '../ui/Banner';
import { BrandMark } from '../ui/BrandMark';
import { DemoAccounts } from './DemoAccounts';
import { DemoBanner } from '../app/DemoBanner';
import { messages } from './messages';
import './login.css';

type Field = 'email' | 'password';

export function LoginScreen() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage(messages.signInTitle));
  const signIn = useSessionStore((s) => s.signIn);
  const notice = useSessionStore((s) => s.notice);
  const updateRequired = useAppInfoStore((s) => s.info?.updateRequired ?? false);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{
    text: string;
    field: Field | null;
    credentials: boolean;
  } | null>(null);
  const [capsLock, setCapsLock] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  // A demo login fills both fields; the focus moves to Sign in, so Enter signs in.
  const fillIn = (demoEmail: string, demoPassword: string) => {
    setEmail(demoEmail);
    setPassword(demoPassword);
    setError(null);
    submitRef.current?.focus();
  };

  const onSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    const failure = await signIn(email, password);
    if (!failure) return;
    const field = failure.field === 'email' || failure.field === 'password' ? failure.field : null;
    // Said from its id in the screen's language; a refusal with none (a lockout's time) in English.
    const said = errorText(intl, failure);
    const text =
      failure.messageId !== undefined || failure.code === 'VALIDATION'
        ? said
        : humaniseTimestamps(said);
    // Only a refusal of what was typed marks the fields; a service fault does not.
    const credentials = failure.code === 'VALIDATION' || failure.code === 'UNAUTHENTICATED';
    setError({ text, field, credentials });
    setPending(false);
    if (field === 'email') {
      emailRef.current?.focus();
    } else {
      // A refused password is cleared so the next try starts clean.
      if (failure.code !== 'VALIDATION') setPassword('');
      passwordRef.current?.focus();
    }
  };

  const trackCapsLock = (event: KeyboardEvent<HTMLInputElement>) => {
    setCapsLock(event.getModifierState('CapsLock'));
  };

  const invalid = (field: Field) =>
    error !== null && error.credentials && (error.field === null || error.field === field);

  return (
    <div className="login">
      <DemoBanner flush />
      <main className="login__main">
        <div className="login__card">
          <div className="login__brand">
            <BrandMark className="login__mark" />
            <span className="login__product">{intl.formatMessage(libMessages.productName)}</span>
          </div>
          <h1 className="login__title">{intl.formatMessage(messages.signInTitle)}</h1>
          <p className="login__lede">{intl.formatMessage(messages.lede)}</p>

          {updateRequired && (
            <Banner tone="warning" title={intl.formatMessage(messages.updateNeededTitle)}>
              {intl.formatMessage(messages.updateNeeded)}
            </Banner>
          )}
          {notice !== null && error === null && (
            <Banner tone="info" role="status">
              {notice}
            </Banner>
          )}

          <form className="login__form" noValidate onSubmit={(e) => void onSubmit(e)}>
            <div className="field">
              <label className="field__label" htmlFor="login-email">
                {intl.formatMessage(messages.email)}
              </label>
              <input
                ref={emailRef}
                id="login-email"
                className="input input--large"
                type="email"
                name="email"
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                // The login screen has one job; starting in the first field saves a click.
                autoFocus
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={invalid('email')}
                aria-describedby={error ? 'login-error' : undefined}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor="login-password">
                {intl.formatMessage(messages.password)}
              </label>
              <input
                ref={passwordRef}
                id="login-password"
                className="input input--large"
                type="password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                onKeyUp={trackCapsLock}
                onKeyDown={trackCapsLock}
                aria-invalid={invalid('password')}
                aria-describedby={capsLock ? 'login-caps login-error' : 'login-error'}
              />
              {capsLock && (
                <span id="login-caps" className="field__hint field__hint--warning">
                  {intl.formatMessage(messages.capsLock)}
                </span>
              )}
            </div>

            <div className="login__actions">
              <div id="login-error" role="alert">
                {error && <p className="login__error">{error.text}</p>}
              </div>
              <button
                ref={submitRef}
                type="submit"
                className="button button--primary button--block login__submit"
                disabled={pending}
              >
                {pending && <span className="spinner" aria-hidden="true" />}
                {intl.formatMessage(pending ? messages.signingIn : messages.signIn)}
              </button>
            </div>
          </form>
          <DemoAccounts onPick={fillIn} />
        </div>
        <p className="login__footnote">{intl.formatMessage(messages.footnote)}</p>
      </main>
      <StatusBar />
    </div>
  );
}
