import type { AttemptSummary } from '../../../shared/domain/attempts';
import { formatDateTime, formatRelative } from '../lib/format';

export function InProgressTable({
  attempts,
  nowMs,
}: {
  attempts: readonly AttemptSummary[];
  nowMs: number;
}) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">Exams in progress</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Test</th>
            <th scope="col" className="col-num">
              Attempt
            </th>
            <th scope="col" className="col-tight">
              Started
            </th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => (
            <tr key={attempt.id}>
              <td className="cell-title">{attempt.studentName}</td>
              <td>{attempt.testName}</td>
              <td className="col-num">{attempt.attemptNo}</td>
              <td className="nowrap">
                {attempt.startedAt === null ? (
                  <span className="muted">Not started</span>
                ) : (
                  <time dateTime={attempt.startedAt} title={formatDateTime(attempt.startedAt)}>
                    {formatRelative(attempt.startedAt, nowMs)}
                  </time>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
