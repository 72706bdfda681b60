import type { SessionInfo } from '@shared/domain/organisation';
import { useApiQuery } from '../api/use-api-query';
import { plural } from '../lib/format';
import { useDocumentTitle } from '../lib/use-document-title';
import { AppShell } from '../app/AppShell';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { StudentSyncNotice } from '../sync/StudentSyncNotice';
import { ExamCard } from './ExamCard';
import { PastAttempts } from './PastAttempts';
import './student.css';

export function MyExams({ session }: { session: SessionInfo }) {
  useDocumentTitle('My exams');
  const query = useApiQuery('exams.available', {});
  const exams = query.data;
  const firstName = session.person.name.split(/\s+/)[0] ?? session.person.name;

  return (
    <AppShell session={session} mode="My exams">
      <div className="page page--reading">
        <div className="page__header">
          <div>
            <h1>My exams</h1>
            <p className="page__lede">
              Hello {firstName}.{' '}
              {exams
                ? exams.length > 0
                  ? `${plural(exams.length, 'exam is', 'exams are')} open for you now.`
                  : 'There is nothing for you to take right now.'
                : 'Checking which exams are open for you…'}
            </p>
          </div>
        </div>
        <StudentSyncNotice />
        {query.error && !exams ? (
          <div className="panel">
            <ErrorState
              error={query.error}
              onRetry={query.reload}
              title="Your exams could not be loaded"
            />
          </div>
        ) : !exams ? (
          <div className="panel">
            <LoadingState label="Loading your exams…" />
          </div>
        ) : exams.length === 0 ? (
          <div className="panel">
            <EmptyState icon="clock" title="No exams open right now">
              When your organisation opens an exam for you, it appears here with its time limit and
              rules.
            </EmptyState>
          </div>
        ) : (
          <div className="exam-grid">
            {exams.map((exam) => (
              <ExamCard key={exam.id} exam={exam} />
            ))}
          </div>
        )}
        <section className="panel" aria-labelledby="past-attempts-heading">
          <h2 id="past-attempts-heading">Past attempts</h2>
          <PastAttempts />
        </section>
      </div>
    </AppShell>
  );
}
