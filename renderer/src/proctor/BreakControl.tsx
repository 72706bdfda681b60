import type { ProctorAttempt } from '@shared/domain/exam';
import { formatDuration } from '@shared/exam-clock/clock-policy';
import { useApiMutation } from '../api/use-api-mutation';
import { Badge } from '../ui/Badge';

const left = (a: ProctorAttempt) => Math.max(0, a.breaks.allowanceMs - a.breaks.usedMs);

/** Where a student stands with rest breaks, under their name on the console. */
export function BreakState({ attempt }: { attempt: ProctorAttempt }) {
  const { state } = attempt.breaks;
  if (state === 'requested') return <Badge tone="warning">Asks for a rest break</Badge>;
  if (state === 'approved') return <Badge tone="info">Break approved, starting</Badge>;
  if (state === 'running')
    return (
      <Badge tone="info">
        On a rest break ({formatDuration(left(attempt))} of break time left)
      </Badge>
    );
  return null;
}

/**
 * Approves the break a student asked for, or gives one they asked for aloud:
 * only where their accommodation arranged break time, and while some is left.
 */
export function BreakAction({ attempt }: { attempt: ProctorAttempt }) {
  const approve = useApiMutation('proctor.approveBreak');
  const { state } = attempt.breaks;
  if (attempt.breaks.allowanceMs === 0 || left(attempt) === 0) return null;
  if (state !== null && state !== 'requested') return null;
  const label = state === 'requested' ? 'Approve break' : 'Give a rest break';
  return (
    <>
      <button
        type="button"
        className={`button button--small${state === 'requested' ? ' button--primary' : ''}`}
        aria-label={`${label} for ${attempt.studentName}`}
        disabled={approve.busy}
        onClick={() => void approve.run({ attemptId: attempt.attemptId })}
      >
        {label}
      </button>
      {approve.error && (
        <span className="field__hint field__hint--warning" role="alert">
          {approve.error.message}
        </span>
      )}
    </>
  );
}
