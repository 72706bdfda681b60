import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SessionInfo } from '@shared/domain/organisation';
import { landingFor } from '@shared/domain/roles';
import { AdminMode } from './admin/AdminMode';
import { onEvent } from './api/client';
import { usePreviewAccess } from './api/preview-access';
import { LoginScreen } from './auth/LoginScreen';
import { PreviewLinkPage } from './auth/PreviewLinkPage';
import { ProctorConsole } from './proctor/ProctorConsole';
import { StatusBar } from './app/StatusBar';
import { useAppInfoStore } from './app/app-info-store';
import { followHash } from './app/route-store';
import { useSessionStore } from './auth/session-store';
import { followSyncStatus } from './sync/sync-store';
import { ExamScreen } from './exams/ExamScreen';
import { ResultScreen } from './exams/ResultScreen';
import { AttemptReviewScreen } from './exams/AttemptReviewScreen';
import { useRouteStore } from './app/route-store';
import { MyExams } from './exams/MyExams';
import { LoadingState } from './ui/States';
import { ApiMediaProvider } from './media/ApiMediaProvider';
import { SetupScreen } from './setup/SetupScreen';
import { useSetupStore } from './setup/setup-store';
import { useStaffActivity } from './auth/use-staff-activity';
import { useStudentDisplay } from './display/use-student-display';
import { setOrganisationLocale } from './i18n/locale-store';
import { useIntl } from './i18n/use-intl';
import { messages as appMessages } from './app/messages';

export function App() {
  const status = useSessionStore((s) => s.status);
  const session = useSessionStore((s) => s.session);
  const previewLinkProblem = usePreviewAccess((s) => s.problem);
  const setup = useSetupStore((s) => s.status);
  const setupFailed = useSetupStore((s) => s.error !== null);
  const queryClient = useQueryClient();

  // What one person's screens read is never shown to the next one on this computer.
  useEffect(
    () =>
      useSessionStore.subscribe((now, before) => {
        if (now.session?.person.id !== before.session?.person.id) queryClient.clear();
      }),
    [queryClient],
  );
  useEffect(() => {
    void useSessionStore.getState().restore();
    void useAppInfoStore.getState().load();
    void useSetupStore.getState().load();
  }, []);
  useStaffActivity(session?.person.id ?? null, session?.person.role ?? null);
  // Everyone's screens are in the organisation's language unless a student chose their own.
  const organisationLanguage = session?.organisation.language ?? null;
  useEffect(() => setOrganisationLocale(organisationLanguage), [organisationLanguage]);
  useEffect(() => followSyncStatus(), []);
  useEffect(() => followHash(), []);
  useEffect(
    () =>
      onEvent('session.ended', ({ reason }) => {
        useSessionStore.getState().end(reason);
      }),
    [],
  );

  if (previewLinkProblem !== null) return <PreviewLinkPage problem={previewLinkProblem} />;
  if (status === 'checking' || (setup === null && !setupFailed)) return <Starting />;
  // A computer with no organisation shows first-run setup until one of its paths is done.
  if (setup?.needed && status !== 'signed-in') return <SetupScreen status={setup} />;
  if (status === 'signed-out' || !session) return <LoginScreen />;
  return (
    <ApiMediaProvider key={session.person.id}>
      <SignedIn session={session} />
    </ApiMediaProvider>
  );
}

/** Each role lands in its own mode. */
function SignedIn({ session }: { session: SessionInfo }) {
  switch (landingFor(session.person.role)) {
    case 'admin':
      return <AdminMode session={session} />;
    case 'proctor':
      return <ProctorConsole session={session} />;
    case 'student':
      return <StudentMode session={session} />;
  }
}

/** A student's screens: the exams open to them, a running exam, a result, a released review. */
function StudentMode({ session }: { session: SessionInfo }) {
  const path = useRouteStore((s) => s.path);
  // Their display settings are on every screen of theirs, the exam too, and gone at sign-out.
  useStudentDisplay(session.person.id);
  const [screen, attemptId] = path.split('/');
  if (screen === 'exam' && attemptId)
    return <ExamScreen key={attemptId} session={session} attemptId={attemptId} />;
  if (screen === 'result' && attemptId)
    return <ResultScreen key={attemptId} session={session} attemptId={attemptId} />;
  if (screen === 'review' && attemptId)
    return <AttemptReviewScreen key={attemptId} session={session} attemptId={attemptId} />;
  return <MyExams session={session} />;
}

function Starting() {
  const intl = useIntl();
  return (
    <div className="shell">
      <main className="shell__body shell__body--center">
        <LoadingState label={intl.formatMessage(appMessages.starting)} />
      </main>
      <StatusBar />
    </div>
  );
}
