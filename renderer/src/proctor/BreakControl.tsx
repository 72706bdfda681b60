import type { ProctorAttempt } from '@shared/domain/exam';
import { formatDuration } from '@shared/exam-clock/clock-policy';
import { useApiMutation } from '../api/use-api-mutation';
import { useIntl } from '../i18n/use-intl';
import { Badge } from '../ui/Badge';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

const left = (a: ProctorAttempt) => Math.max(0, a.breaks.allowanceMs - a.breaks.usedMs);

/** Where a student stands with rest breaks, under their name on the console. */
export function BreakState({ attempt }: { attempt: ProctorAttempt }) {
  const intl = useIntl();
  const { state } = attempt.breaks;
  if (state === 'requested')
    return <Badge tone="warning">{intl.formatMessage(messages.breakRequested)}</Badge>;
  if (state === 'approved')
    return <Badge tone="info">{intl.formatMessage(messages.breakApproved)}</Badge>;
  if (state === 'running')
    return (
      <Badge tone="info">
        {intl.formatMessage(messages.breakRunning, { left: formatDuration(left(attempt)) })}
      </Badge>
    );
  return null;
}

/**
 * Approves the break a student asked for, or gives one they asked for aloud:
 * only where their accommodation arranged break time, and while some is left.
 */
export function BreakAction({ attempt }: { attempt: ProctorAttempt }) {
  const intl = useIntl();
  const approve = useApiMutation('proctor.approveBreak');
  const { state } = attempt.breaks;
  if (attempt.breaks.allowanceMs === 0 || left(attempt) === 0) return null;
  if (state !== null && state !== 'requested') return null;
  const requested = state === 'requested';
  const label = intl.formatMessage(requested ? messages.approveBreak : messages.giveBreak);
  const labelFor = intl.formatMessage(
    requested ? messages.approveBreakFor : messages.giveBreakFor,
    {
      student: attempt.studentName,
    },
  );
  return (
    <>
      <button
        type="button"
        className={`button button--small${state === 'requested' ? ' button--primary' : ''}`}
        aria-label={labelFor}
        disabled={approve.busy}
        onClick={() => void approve.run({ attemptId: attempt.attemptId })}
      >
        {label}
      </button>
      {approve.error && (
        <span className="field__hint field__hint--warning" role="alert">
          {shownError(approve.error)}
        </span>
      )}
    </>
  );
}
