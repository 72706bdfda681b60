import { useRefreshReads } from '../api/use-api-mutation';
import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { ErrorState, LoadingState } from '../ui/States';
import { DevicesPanel } from './DevicesPanel';
import { EnrolmentPanel } from './EnrolmentPanel';
import { HistoryPanel } from './HistoryPanel';
import { messages } from './messages';
import { SetAsidePanel } from './SetAsidePanel';
import { SyncStatusPanel } from './SyncStatusPanel';
import './sync.css';

/** Admin → Sync: this computer's sync, its enrolment, the organisation's computers and the run history. */
export function SyncScreen() {
  const intl = useIntl();
  const overview = useApiQuery('sync.overview', {}, { pollMs: 5_000 });
  // Enrolling, syncing now or leaving change what every panel below shows.
  const refresh = useRefreshReads();
  return (
    <div className="page">
      <div className="page__header">
        <div>
          <h1>{intl.formatMessage(messages.title)}</h1>
          <p className="page__lede">{intl.formatMessage(messages.lede)}</p>
        </div>
      </div>
      {overview.error && !overview.data ? (
        <ErrorState error={overview.error} onRetry={overview.reload} />
      ) : !overview.data ? (
        <LoadingState label={intl.formatMessage(messages.loading)} />
      ) : (
        <>
          <SyncStatusPanel overview={overview.data} onSynced={refresh} />
          <EnrolmentPanel overview={overview.data} onChanged={refresh} />
          <SetAsidePanel />
          {overview.data.enrolment && <DevicesPanel />}
          <HistoryPanel />
        </>
      )}
    </div>
  );
}
