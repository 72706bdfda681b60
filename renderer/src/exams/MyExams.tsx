import type { SessionInfo } from '@shared/domain/organisation';
import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { useDocumentTitle } from '../lib/use-document-title';
import { AppShell } from '../app/AppShell';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { StudentSyncNotice } from '../sync/StudentSyncNotice';
import { ExamCard } from './ExamCard';
import { PastAttempts } from './PastAttempts';
import { DisplaySettingsButton } from '../display/DisplaySettingsButton';
import './student.css';

export function MyExams({ session }: { session: SessionInfo }) {
  const intl = useIntl();
  const title = intl.formatMessage(messages.myExams);
  useDocumentTitle(title);
  const query = useApiQuery('exams.available', {});
  const exams = query.data;
  const firstName = session.person.name.split(/\s+/)[0] ?? session.person.name;

  return (
    <AppShell session={session} mode={title}>
      <div className="page page--reading">
        <div className="page__header">
          <div>
            <h1>{title}</h1>
            <p className="page__lede">
              {intl.formatMessage(messages.hello, { name: firstName })}{' '}
              {exams
                ? exams.length > 0
                  ? intl.formatMessage(messages.examsOpen, { count: exams.length })
                  : intl.formatMessage(messages.nothingOpen)
                : intl.formatMessage(messages.checkingOpen)}
            </p>
          </div>
          <div className="page__actions">
            <DisplaySettingsButton />
          </div>
        </div>
        <StudentSyncNotice />
        {query.error && !exams ? (
          <div className="panel">
            <ErrorState
              error={query.error}
              onRetry={query.reload}
              title={intl.formatMessage(messages.examsLoadFailed)}
            />
          </div>
        ) : !exams ? (
          <div className="panel">
            <LoadingState label={intl.formatMessage(messages.loadingExams)} />
          </div>
        ) : exams.length === 0 ? (
          <div className="panel">
            <EmptyState icon="clock" title={intl.formatMessage(messages.noExamsTitle)}>
              {intl.formatMessage(messages.noExamsBody)}
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
          <h2 id="past-attempts-heading">{intl.formatMessage(messages.pastAttempts)}</h2>
          <PastAttempts />
        </section>
      </div>
    </AppShell>
  );
}
