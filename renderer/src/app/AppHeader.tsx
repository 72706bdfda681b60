import { useState } from 'react';
import type { ApiErrorBody } from '@shared/api/result';
import type { SessionInfo } from '@shared/domain/organisation';
import { roleLabels } from '../lib/labels';
import { PinDialog } from '../auth/PinDialog';
import { useSessionStore } from '../auth/session-store';
import { Banner } from '../ui/Banner';
import { OrgIdentity } from './OrgIdentity';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

interface AppHeaderProps {
  session: SessionInfo;
  mode: string;
}

export function AppHeader({ session, mode }: AppHeaderProps) {
  const intl = useIntl();
  const signOut = useSessionStore((s) => s.signOut);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [pinOpen, setPinOpen] = useState(false);
  const holdsPin = session.person.role === 'proctor' || session.person.role === 'admin';

  const onSignOut = async () => {
    setPending(true);
    setError(null);
    const failure = await signOut();
    if (failure) {
      setError(failure);
      setPending(false);
    }
  };

  return (
    <>
      <header className="app-header">
        <OrgIdentity organisation={session.organisation} mode={mode} />
        <span className="app-header__spacer" />
        <div className="app-header__person">
          <span className="app-header__name">{session.person.name}</span>
          <span className="app-header__role">{roleLabels[session.person.role]}</span>
        </div>
        {holdsPin && (
          <button type="button" className="button button--small" onClick={() => setPinOpen(true)}>
            {intl.formatMessage(messages.proctorPin)}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          disabled={pending}
          onClick={() => void onSignOut()}
        >
          {intl.formatMessage(messages.signOut)}
        </button>
      </header>
      {holdsPin && <PinDialog open={pinOpen} onClose={() => setPinOpen(false)} />}
      {error && (
        <Banner tone="danger" role="alert" flush title={intl.formatMessage(messages.signOutFailed)}>
          {shownError(error)}
        </Banner>
      )}
    </>
  );
}
