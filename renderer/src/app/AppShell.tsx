import { useRef, type ReactNode } from 'react';
import type { SessionInfo } from '@shared/domain/organisation';
import { Banner } from '../ui/Banner';
import { AppHeader } from './AppHeader';
import { DemoBanner } from './DemoBanner';
import { StatusBar } from './StatusBar';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

interface AppShellProps {
  session: SessionInfo;
  /** The mode's name in the header: `Admin`, `Proctor console`, `My exams`. */
  mode: string;
  /** Side navigation, for modes with more than one screen. */
  nav?: ReactNode;
  children: ReactNode;
}

/** The frame around every signed-in screen. */
export function AppShell({ session, mode, nav, children }: AppShellProps) {
  const intl = useIntl();
  const mainRef = useRef<HTMLElement>(null);
  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        {intl.formatMessage(messages.skipToContent)}
      </button>
      <AppHeader session={session} mode={mode} />
      <div
        className="shell__notices"
        role="region"
        aria-label={intl.formatMessage(messages.notices)}
      >
        <DemoBanner flush />
        {session.readOnly && (
          <Banner tone="warning" role="status" flush title={intl.formatMessage(messages.readOnly)}>
            {session.readOnly.reason}
          </Banner>
        )}
      </div>
      <div className="shell__body">
        {nav}
        <main className="shell__main" id="main" ref={mainRef} tabIndex={-1}>
          {children}
        </main>
      </div>
      <StatusBar />
    </div>
  );
}
