import type { SessionInfo } from '../../../shared/domain/organisation';
import { useApiQuery } from '../api/use-api-query';
import { formatTime, plural } from '../lib/format';
import { useDocumentTitle } from '../lib/use-document-title';
import { useNow } from '../lib/use-now';
import { AppShell } from '../shell/AppShell';
import { Icon } from '../ui/Icon';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { InProgressTable } from './InProgressTable';

/** How often the console asks again; students start and finish without telling the proctor. */
const REFRESH_MS = 15_000;

export function ProctorConsole({ session }: { session: SessionInfo }) {
  useDocumentTitle('Proctor console');
  const query = useApiQuery('attempts.list', { status: 'in_progress' }, { pollMs: REFRESH_MS });
  const nowMs = useNow(15_000);
  const attempts = query.data;

  return (
    <AppShell session={session} mode="Proctor console">
      <div className="page">
        <div className="page__header">
          <div>
            <h1>Exams in progress on this device</h1>
            <p className="page__lede">
              Students who have started an exam and not yet submitted it. The list refreshes by
              itself.
            </p>
          </div>
          <div className="toolbar">
            {query.updatedAt !== null && (
              <span className="panel__meta" aria-live="polite">
                Updated {formatTime(query.updatedAt)}
              </span>
            )}
            <button
              type="button"
              className="button"
              onClick={query.reload}
              disabled={query.loading}
            >
              <Icon name="refresh" className="icon" />
              Refresh
            </button>
          </div>
        </div>
        <section className="panel" aria-labelledby="proctor-attempts-heading">
          <div className="panel__header">
            <h2 className="panel__title" id="proctor-attempts-heading">
              In progress
            </h2>
            {attempts && <span className="panel__meta">{plural(attempts.length, 'student')}</span>}
          </div>
          {query.error && !attempts ? (
            <ErrorState
              error={query.error}
              onRetry={query.reload}
              title="The exam list could not be loaded"
            />
          ) : !attempts ? (
            <LoadingState label="Loading exams in progress…" />
          ) : attempts.length === 0 ? (
            <EmptyState icon="monitor" title="No exams in progress">
              When a student starts an exam on this device, they appear here with the time they
              started.
            </EmptyState>
          ) : (
            <InProgressTable attempts={attempts} nowMs={nowMs} />
          )}
        </section>
      </div>
    </AppShell>
  );
}
