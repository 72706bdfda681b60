import { useSyncStore } from './sync-store';
import { Banner } from '../ui/Banner';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

/** Whether a student should be told their answers are waiting on this computer. */
export function useAnswersWaitingOffline(): boolean {
  const state = useSyncStore((s) => s.status.state);
  return state === 'offline' || state === 'error';
}

/**
 * The one thing a student is told about sync, while the network is away:
 * answers are safe here and will be sent. Nothing while all is well.
 */
export function StudentSyncNotice({ flush = false }: { flush?: boolean }) {
  const waiting = useAnswersWaitingOffline();
  const intl = useIntl();
  if (!waiting) return null;
  return (
    <Banner tone="info" role="status" flush={flush}>
      {intl.formatMessage(messages.studentOffline)}
    </Banner>
  );
}
