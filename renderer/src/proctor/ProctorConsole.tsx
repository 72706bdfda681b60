import { useState } from 'react';
import type { ProctorAttempt } from '@shared/domain/exam';
import type { SessionInfo } from '@shared/domain/organisation';
import { useApiQuery } from '../api/use-api-query';
import { formatTime, plural } from '../lib/format';
import { useDocumentTitle } from '../lib/use-document-title';
import { AppShell } from '../app/AppShell';
import { Banner } from '../ui/Banner';
import { Icon } from '../ui/Icon';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { AttemptActions } from './AttemptActions';
import { InProgressTable } from './InProgressTable';
import { LockoutsPanel } from './LockoutsPanel';
import { StartCodesPanel } from './StartCodesPanel';
import './proctor.css';

/** The console asks again this often; students start, save and finish without telling it. */
const REFRESH_MS = 5_000;

/** The proctor's own mode: the console in the signed-in frame. */
export function ProctorConsole({ session }: { session: SessionInfo }) {
  useDocumentTitle('Proctor console');
  return (
    <AppShell session={session} mode="Proctor console">
      <ProctorConsolePage />
    </AppShell>
  );
}

/** The console itself; admins reach it as a section of admin mode. */
export function ProctorConsolePage() {
  const query = useApiQuery('proctor.attempts', {}, { pollMs: REFRESH_MS });
  const pin = useApiQuery('auth.pinStatus', {});
  const [selected, setSelected] = useState<{ attempt: ProctorAttempt; action: Action } | null>(
    null,
  );
  const attempts = query.data;
  const running = attempts?.filter((a) => a.status === 'in_progress') ?? [];
  const ended = attempts?.filter((a) => a.status !== 'in_progress') ?? [];

  return (
    <>
      <div className="page">
        <div className="page__header">
          <div>
            <h1>Proctor console</h1>
            <p className="page__lede">
              Exams running on this computer and on the centre’s other computers (as far as they
              have synced). Extra time, resume codes and ending an attempt work offline and are
              audited.
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
        {pin.data?.set === false && (
          <Banner tone="warning" role="status" title="You have no proctor PIN.">
            Set one with Proctor PIN, at the top right, to close a locked exam on a student’s
            computer.
          </Banner>
        )}
        <section className="panel" aria-labelledby="proctor-attempts-heading">
          <div className="panel__header">
            <h2 className="panel__title" id="proctor-attempts-heading">
              In progress
            </h2>
            {attempts && <span className="panel__meta">{plural(running.length, 'student')}</span>}
          </div>
          {query.error && !attempts ? (
            <ErrorState
              error={query.error}
              onRetry={query.reload}
              title="The exam list could not be loaded"
            />
          ) : !attempts ? (
            <LoadingState label="Loading exams in progress…" />
          ) : running.length === 0 ? (
            <EmptyState icon="monitor" title="No exams in progress">
              When a student starts an exam, they appear here with their time left, answers saved
              and anything that needs your attention.
            </EmptyState>
          ) : (
            <InProgressTable
              attempts={running}
              receivedAt={query.updatedAt ?? 0}
              onAction={(attempt, action) => setSelected({ attempt, action })}
            />
          )}
        </section>
        {ended.length > 0 && (
          <section className="panel" aria-labelledby="proctor-ended-heading">
            <div className="panel__header">
              <h2 className="panel__title" id="proctor-ended-heading">
                Ended today
              </h2>
              <span className="panel__meta">{plural(ended.length, 'attempt')}</span>
            </div>
            <InProgressTable attempts={ended} receivedAt={query.updatedAt ?? 0} />
          </section>
        )}
        <LockoutsPanel />
        <StartCodesPanel />
      </div>
      {selected && (
        <AttemptActions
          attempt={selected.attempt}
          action={selected.action}
          onClose={() => setSelected(null)}
          onDone={() => setSelected(null)}
        />
      )}
    </>
  );
}

export type Action = 'extend' | 'resume-code' | 'end';
