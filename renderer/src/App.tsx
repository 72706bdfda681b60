import { useEffect } from 'react';
import type { SessionInfo } from '../../shared/domain/organisation';
import { landingFor } from '../../shared/domain/roles';
import { AdminMode } from './admin/AdminMode';
import { onEvent } from './api/client';
import { usePreviewAccess } from './api/preview-access';
import { LoginScreen } from './login/LoginScreen';
import { PreviewLinkPage } from './login/PreviewLinkPage';
import { ProctorConsole } from './proctor/ProctorConsole';
import { StatusBar } from './shell/StatusBar';
import { useAppInfoStore } from './stores/app-info-store';
import { followHash } from './stores/route-store';
import { useSessionStore } from './stores/session-store';
import { followSyncStatus } from './stores/sync-store';
import { ExamScreen } from './exam/ExamScreen';
import { ResultScreen } from './exam/ResultScreen';
import { useRouteStore } from './stores/route-store';
import { MyExams } from './student/MyExams';
import { LoadingState } from './ui/States';

export function App() {
  const status = useSessionStore((s) => s.status);
  const session = useSessionStore((s) => s.session);
  const previewLinkProblem = usePreviewAccess((s) => s.problem);

  useEffect(() => {
    void useSessionStore.getState().restore();
    void useAppInfoStore.getState().load();
  }, []);
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
  if (status === 'checking') return <Starting />;
  if (status === 'signed-out' || !session) return <LoginScreen />;
  return <SignedIn session={session} />;
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

/** A student's screens: the exams open to them, a running exam, a result. */
function StudentMode({ session }: { session: SessionInfo }) {
  const path = useRouteStore((s) => s.path);
  const [screen, attemptId] = path.split('/');
  if (screen === 'exam' && attemptId)
    return <ExamScreen key={attemptId} session={session} attemptId={attemptId} />;
  if (screen === 'result' && attemptId)
    return <ResultScreen key={attemptId} session={session} attemptId={attemptId} />;
  return <MyExams session={session} />;
}

function Starting() {
  return (
    <div className="shell">
      <main className="shell__body shell__body--center">
        <LoadingState label="Starting Exam Desk…" />
      </main>
      <StatusBar />
    </div>
  );
}
