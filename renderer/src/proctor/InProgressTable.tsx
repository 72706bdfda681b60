import type { IntegrityKind, ProctorAttempt } from '@shared/domain/exam';
import { formatDuration } from '@shared/exam-clock/clock-policy';
import { formatDateTime, formatRelative } from '../lib/format';
import { useNow } from '../lib/use-now';
import { useIntl } from '../i18n/use-intl';
import { messages as libMessages } from '../lib/messages';
import { Badge } from '../ui/Badge';
import { integrityKindWords } from './proctor-words';
import { messages } from './messages';
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
  const intl = useIntl();
  const nowMs = useNow(1_000);
  return (
    <div className="table-scroll">
      <table className="table proctor-table">
        <caption className="visually-hidden">
          {intl.formatMessage(messages.attemptsCaption)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(messages.student)}</th>
            <th scope="col">{intl.formatMessage(messages.test)}</th>
            <th scope="col" className="col-num">
              {intl.formatMessage(onAction ? messages.timeLeft : messages.status)}
            </th>
            <th scope="col" className="col-num">
              {intl.formatMessage(messages.answered)}
            </th>
            <th scope="col">{intl.formatMessage(messages.integrity)}</th>
            <th scope="col" className="col-tight">
              {intl.formatMessage(messages.lastSave)}
            </th>
            <th scope="col">{intl.formatMessage(messages.computer)}</th>
            {onAction && (
              <th scope="col">
                <span className="visually-hidden">{intl.formatMessage(messages.actions)}</span>
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
                    <Badge tone="warning">{intl.formatMessage(messages.needsResumeCode)}</Badge>
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
                {intl.formatMessage(messages.answeredOf, {
                  answered: a.answeredCount,
                  total: a.questionCount,
                })}
              </td>
              <td>
                <Integrity attempt={a} />
              </td>
              <td className="nowrap">
                {a.lastSavedAt === null ? (
                  <span className="muted">{intl.formatMessage(messages.noAnswerYet)}</span>
                ) : (
                  <time dateTime={a.lastSavedAt} title={formatDateTime(a.lastSavedAt)}>
                    {formatRelative(a.lastSavedAt, nowMs)}
                  </time>
                )}
              </td>
              <td>
                {a.onThisDevice ? (
                  intl.formatMessage(messages.thisComputer)
                ) : (
                  <span className="muted">{intl.formatMessage(messages.anotherComputer)}</span>
                )}
              </td>
              {onAction && (
                <td className="proctor-table__actions">
                  <BreakAction attempt={a} />
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={intl.formatMessage(messages.extendTimeFor, {
                      student: a.studentName,
                    })}
                    onClick={() => onAction(a, 'extend')}
                  >
                    {intl.formatMessage(messages.extendTime)}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={intl.formatMessage(messages.resumeCodeFor, {
                      student: a.studentName,
                    })}
                    onClick={() => onAction(a, 'resume-code')}
                  >
                    {intl.formatMessage(messages.resumeCode)}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger-outline"
                    aria-label={intl.formatMessage(messages.endAttemptOf, {
                      student: a.studentName,
                    })}
                    onClick={() => onAction(a, 'end')}
                  >
                    {intl.formatMessage(messages.end)}
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
  const intl = useIntl();
  if (attempt.remainingMs === null)
    return <span className="muted">{intl.formatMessage(libMessages.untimed)}</span>;
  // A running break pauses the exam clock, so the time left stands still between refreshes.
  const paused = attempt.breaks.state === 'running';
  const left = Math.max(0, attempt.remainingMs - (paused ? 0 : elapsedSinceMs));
  return (
    <span className={left <= 60_000 ? 'text-danger' : left <= 600_000 ? 'text-warning' : undefined}>
      {formatDuration(left)}
      {attempt.extraMs > 0 && (
        <span className="muted">
          {' '}
          {intl.formatMessage(messages.extraMinutes, {
            minutes: Math.round(attempt.extraMs / 60_000),
          })}
        </span>
      )}
      {attempt.accommodationMs > 0 && (
        <span className="muted">
          {' '}
          {intl.formatMessage(messages.includesArranged, {
            duration: formatDuration(attempt.accommodationMs),
          })}
        </span>
      )}
    </span>
  );
}

function Ended({ attempt }: { attempt: ProctorAttempt }) {
  const intl = useIntl();
  const label =
    attempt.submittedBy === 'timeout'
      ? messages.endedByTimeout
      : attempt.submittedBy === 'proctor'
        ? messages.endedByProctor
        : messages.endedByStudent;
  return <span>{intl.formatMessage(label)}</span>;
}

function Integrity({ attempt }: { attempt: ProctorAttempt }) {
  const intl = useIntl();
  if (attempt.integrityTotal === 0)
    return <span className="muted">{intl.formatMessage(messages.noEvents)}</span>;
  const parts = (Object.entries(attempt.integrity) as Array<[IntegrityKind, number]>).map(
    ([kind, n]) =>
      intl.formatMessage(messages.eventCount, { kind: integrityKindWords[kind], count: n }),
  );
  return (
    <span title={parts.join('\n')}>
      <Badge tone="warning">{attempt.integrityTotal}</Badge>{' '}
      <span className="proctor-table__events">{parts.join(', ')}</span>
    </span>
  );
}
