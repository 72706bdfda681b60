import { useEffect, useRef, type ReactNode } from 'react';
import type { SessionInfo } from '@shared/domain/organisation';
import { Banner } from '../ui/Banner';
import { AppHeader } from './AppHeader';
import { DemoBanner } from './DemoBanner';
import { StatusBar } from './StatusBar';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { useRouteStore } from './route-store';

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
  const path = useRouteStore((s) => s.path);
  const shownPath = useRef(path);
  // The link or button that opened a screen often goes with the old one; focus would
  // then fall to the body and the next Tab start again at the top of the page. It
  // lands on the new screen's content instead. Focus still in the page is left alone.
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    const active = document.activeElement;
    if (active === null || active === document.body) mainRef.current?.focus();
  }, [path]);
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
