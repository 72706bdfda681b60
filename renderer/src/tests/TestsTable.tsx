import type { TestSummary } from '@shared/domain/tests';
import { formatNumber, formatTimerShort, formatWindowSetting } from '../lib/format';
import { testStatusLabels, testStatusTones } from '../lib/labels';
import { Badge } from '../ui/Badge';
import { currentIntl } from '../i18n/intl';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

interface TestsTableProps {
  tests: readonly TestSummary[];
  caption: string;
  /** Adds attempts allowed, and the availability window and start code under each name. */
  detailed: boolean;
  /** Where a test's name links to (the builder), if anywhere. */
  linkTo?: (id: string) => string;
}

export function TestsTable({ tests, caption, detailed, linkTo }: TestsTableProps) {
  const intl = useIntl();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-name">
              {intl.formatMessage(messages.name)}
            </th>
            <th scope="col" className="col-tight">
              {intl.formatMessage(messages.status)}
            </th>
            <th scope="col" className="col-num">
              {intl.formatMessage(messages.questions)}
            </th>
            <th scope="col" className="col-num">
              {intl.formatMessage(messages.totalMarks)}
            </th>
            <th scope="col" className="col-tight">
              {intl.formatMessage(messages.timer)}
            </th>
            {detailed && (
              <th scope="col" className="col-num">
                {intl.formatMessage(messages.attempts)}
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
  const intl = currentIntl();
  const parts = [
    intl.formatMessage(messages.available, {
      window: formatWindowSetting(test.availableFrom, test.availableUntil),
    }),
  ];
  if (test.startCodeRequired) parts.push(intl.formatMessage(messages.startCodeNeeded));
  if (test.passMark !== null)
    parts.push(intl.formatMessage(messages.passMarkPercent, { mark: test.passMark }));
  return parts.join(intl.formatMessage(messages.rulesSeparator));
}
