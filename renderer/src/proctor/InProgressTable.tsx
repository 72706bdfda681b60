import { integrityKindLabels, type IntegrityKind, type ProctorAttempt } from '@shared/domain/exam';
import { formatDuration } from '@shared/exam-clock/clock-policy';
import { formatDateTime, formatRelative } from '../lib/format';
import { useNow } from '../lib/use-now';
import { Badge } from '../ui/Badge';
import type { Action } from './ProctorConsole';
import { BreakAction, BreakState } from './BreakControl';

/** One row per attempt: who, time left (live), answers saved, integrity events, last save, actions. */
export function InProgressTable({
  attempts,
  receivedAt,
  onAction,
}: {
  attempts: readonly ProctorAttempt[];
  /** When the list arrived; time left counts down from it between refreshes. */
  receivedAt: number;
  onAction?: (attempt: ProctorAttempt, action: Action) => void;
}) {
  const nowMs = useNow(1_000);
  return (
    <div className="table-scroll">
      <table className="table proctor-table">
        <caption className="visually-hidden">Exam attempts</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Test</th>
            <th scope="col" className="col-num">
              {onAction ? 'Time left' : 'Status'}
            </th>
            <th scope="col" className="col-num">
              Answered
            </th>
            <th scope="col">Integrity</th>
            <th scope="col" className="col-tight">
              Last save
            </th>
            <th scope="col">Computer</th>
            {onAction && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.attemptId} data-attempt={a.attemptId}>
              <td className="cell-title">
                {a.studentName}
                {a.awaitingResumeCode && (
                  <div>
                    <Badge tone="warning">Needs a resume code</Badge>
                  </div>
                )}
                {onAction && a.breaks.state !== null && (
                  <div>
                    <BreakState attempt={a} />
                  </div>
                )}
              </td>
              <td>{a.testName}</td>
              <td className="col-num nowrap">
                {onAction ? (
                  <TimeLeft
                    attempt={a}
                    elapsedSinceMs={receivedAt === 0 ? 0 : Math.max(0, nowMs - receivedAt)}
                  />
                ) : (
                  <Ended attempt={a} />
                )}
              </td>
              <td className="col-num">
                {a.answeredCount} / {a.questionCount}
              </td>
              <td>
                <Integrity attempt={a} />
              </td>
              <td className="nowrap">
                {a.lastSavedAt === null ? (
                  <span className="muted">No answer yet</span>
                ) : (
                  <time dateTime={a.lastSavedAt} title={formatDateTime(a.lastSavedAt)}>
                    {formatRelative(a.lastSavedAt, nowMs)}
                  </time>
                )}
              </td>
              <td>
                {a.onThisDevice ? 'This computer' : <span className="muted">Another computer</span>}
              </td>
              {onAction && (
                <td className="proctor-table__actions">
                  <BreakAction attempt={a} />
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Extend time for ${a.studentName}`}
                    onClick={() => onAction(a, 'extend')}
                  >
                    Extend time
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Resume code for ${a.studentName}`}
                    onClick={() => onAction(a, 'resume-code')}
                  >
                    Resume code
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger-outline"
                    aria-label={`End the attempt of ${a.studentName}`}
                    onClick={() => onAction(a, 'end')}
                  >
                    End
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TimeLeft({
  attempt,
  elapsedSinceMs,
}: {
  attempt: ProctorAttempt;
  elapsedSinceMs: number;
}) {
  if (attempt.remainingMs === null) return <span className="muted">Untimed</span>;
  // A running break pauses the exam clock, so the time left stands still between refreshes.
  const paused = attempt.breaks.state === 'running';
  const left = Math.max(0, attempt.remainingMs - (paused ? 0 : elapsedSinceMs));
  return (
    <span className={left <= 60_000 ? 'text-danger' : left <= 600_000 ? 'text-warning' : undefined}>
      {formatDuration(left)}
      {attempt.extraMs > 0 && (
        <span className="muted"> (+{Math.round(attempt.extraMs / 60_000)} min)</span>
      )}
      {attempt.accommodationMs > 0 && (
        <span className="muted">
          {' '}
          (includes {formatDuration(attempt.accommodationMs)} arranged)
        </span>
      )}
    </span>
  );
}

const endedLabel: Record<string, string> = {
  student: 'Submitted',
  timeout: 'Time up',
  proctor: 'Ended by proctor',
};

function Ended({ attempt }: { attempt: ProctorAttempt }) {
  return <span>{endedLabel[attempt.submittedBy ?? ''] ?? 'Submitted'}</span>;
}

function Integrity({ attempt }: { attempt: ProctorAttempt }) {
  if (attempt.integrityTotal === 0) return <span className="muted">None</span>;
  const parts = (Object.entries(attempt.integrity) as Array<[IntegrityKind, number]>).map(
    ([kind, n]) => `${integrityKindLabels[kind]} × ${n}`,
  );
  return (
    <span title={parts.join('\n')}>
      <Badge tone="warning">{attempt.integrityTotal}</Badge>{' '}
      <span className="proctor-table__events">{parts.join(', ')}</span>
    </span>
  );
}
