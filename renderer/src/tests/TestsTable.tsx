import type { TestSummary } from '@shared/domain/tests';
import { formatNumber, formatTimerShort, formatWindowSetting } from '../lib/format';
import { testStatusLabels, testStatusTones } from '../lib/labels';
import { Badge } from '../ui/Badge';

interface TestsTableProps {
  tests: readonly TestSummary[];
  caption: string;
  /** Adds attempts allowed, and the availability window and start code under each name. */
  detailed: boolean;
  /** Where a test's name links to (the builder), if anywhere. */
  linkTo?: (id: string) => string;
}

export function TestsTable({ tests, caption, detailed, linkTo }: TestsTableProps) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-name">
              Name
            </th>
            <th scope="col" className="col-tight">
              Status
            </th>
            <th scope="col" className="col-num">
              Questions
            </th>
            <th scope="col" className="col-num">
              Total marks
            </th>
            <th scope="col" className="col-tight">
              Timer
            </th>
            {detailed && (
              <th scope="col" className="col-num">
                Attempts
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {tests.map((test) => (
            <tr key={test.id}>
              <td>
                <div className="cell-title">
                  {linkTo ? <a href={linkTo(test.id)}>{test.name}</a> : test.name}
                </div>
                {test.description !== null && (
                  <div className="cell-sub clamp-2">{test.description}</div>
                )}
                {detailed && <div className="cell-sub">{rulesLine(test)}</div>}
              </td>
              <td>
                <Badge tone={testStatusTones[test.status]}>{testStatusLabels[test.status]}</Badge>
              </td>
              <td className="col-num">{formatNumber(test.questionCount)}</td>
              <td className="col-num">{formatNumber(test.totalMarks)}</td>
              <td className="nowrap">{formatTimerShort(test.timerMinutes)}</td>
              {detailed && <td className="col-num">{formatNumber(test.attemptsAllowed)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `Available any time · start code needed`. */
function rulesLine(test: TestSummary): string {
  const parts = [`Available ${formatWindowSetting(test.availableFrom, test.availableUntil)}`];
  if (test.startCodeRequired) parts.push('start code needed');
  if (test.passMark !== null) parts.push(`pass mark ${formatNumber(test.passMark)}%`);
  return parts.join(' · ');
}
