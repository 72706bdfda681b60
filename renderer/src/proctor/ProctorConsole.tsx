import { useState } from 'react';
import type { ProctorAttempt } from '@shared/domain/exam';
import type { SessionInfo } from '@shared/domain/organisation';
import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { formatTime } from '../lib/format';
import { useDocumentTitle } from '../lib/use-document-title';
import { AppShell } from '../app/AppShell';
import { Banner } from '../ui/Banner';
import { Icon } from '../ui/Icon';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { AttemptActions } from './AttemptActions';
import { InProgressTable } from './InProgressTable';
import { LockoutsPanel } from './LockoutsPanel';
import { StartCodesPanel } from './StartCodesPanel';
import { messages } from './messages';
import './proctor.css';

/** The console asks again this often; students start, save and finish without telling it. */
const REFRESH_MS = 5_000;

/** The proctor's own mode: the console in the signed-in frame. */
export function ProctorConsole({ session }: { session: SessionInfo }) {
  const intl = useIntl();
  const title = intl.formatMessage(messages.consoleTitle);
  useDocumentTitle(title);
  return (
    <AppShell session={session} mode={title}>
      <ProctorConsolePage />
    </AppShell>
  );
}

/** The console itself; admins reach it as a section of admin mode. */
export function ProctorConsolePage() {
  const intl = useIntl();
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
            <h1>{intl.formatMessage(messages.consoleTitle)}</h1>
            <p className="page__lede">{intl.formatMessage(messages.lede)}</p>
          </div>
          <div className="toolbar">
            {query.updatedAt !== null && (
              <span className="panel__meta" aria-live="polite">
                {intl.formatMessage(messages.updated, { time: formatTime(query.updatedAt) })}
              </span>
            )}
            <button
              type="button"
              className="button"
              onClick={query.reload}
              disabled={query.loading}
            >
              <Icon name="refresh" className="icon" />
              {intl.formatMessage(messages.refresh)}
            </button>
          </div>
        </div>
        {pin.data?.set === false && (
          <Banner tone="warning" role="status" title={intl.formatMessage(messages.noPinTitle)}>
            {intl.formatMessage(messages.noPinBody)}
          </Banner>
        )}
        <section className="panel" aria-labelledby="proctor-attempts-heading">
          <div className="panel__header">
            <h2 className="panel__title" id="proctor-attempts-heading">
              {intl.formatMessage(messages.inProgress)}
            </h2>
            {attempts && (
              <span className="panel__meta">
                {intl.formatMessage(messages.studentCount, { count: running.length })}
              </span>
            )}
          </div>
          {query.error && !attempts ? (
            <ErrorState
              error={query.error}
              onRetry={query.reload}
              title={intl.formatMessage(messages.listError)}
            />
          ) : !attempts ? (
            <LoadingState label={intl.formatMessage(messages.loadingAttempts)} />
          ) : running.length === 0 ? (
            <EmptyState icon="monitor" title={intl.formatMessage(messages.emptyTitle)}>
              {intl.formatMessage(messages.emptyBody)}
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
                {intl.formatMessage(messages.endedToday)}
              </h2>
              <span className="panel__meta">
                {intl.formatMessage(messages.attemptCount, { count: ended.length })}
              </span>
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
