import { useState } from 'react';
import type { IssuedCode, ProctorTest } from '@shared/domain/exam';
import { useApiMutation } from '../api/use-api-mutation';
import { useApiQuery } from '../api/use-api-query';
import { formatTimeAllowed } from '../lib/format';
import { Badge } from '../ui/Badge';
import { Dialog } from '../ui/Dialog';
import { LoadingState } from '../ui/States';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

/** Published tests, and a start code for each, issued here and checked offline on every computer. */
export function StartCodesPanel() {
  const intl = useIntl();
  const query = useApiQuery('proctor.tests', {});
  const [issued, setIssued] = useState<{ test: ProctorTest; code: IssuedCode } | null>(null);
  const issueCode = useApiMutation('proctor.issueStartCode');
  const error = issueCode.error ? shownError(issueCode.error) : null;
  const issue = async (test: ProctorTest) => {
    const code = await issueCode.run({ testId: test.id });
    if (code) setIssued({ test, code });
  };
  return (
    <section className="panel" aria-labelledby="start-codes-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="start-codes-heading">
          {intl.formatMessage(messages.startCodes)}
        </h2>
      </div>
      {error !== null && (
        <p className="field__hint field__hint--warning" role="alert">
          {error}
        </p>
      )}
      {!query.data ? (
        <LoadingState label={intl.formatMessage(messages.loadingTests)} />
      ) : (
        <table className="table">
          <caption className="visually-hidden">
            {intl.formatMessage(messages.publishedTests)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(messages.test)}</th>
              <th scope="col">{intl.formatMessage(messages.time)}</th>
              <th scope="col">{intl.formatMessage(messages.startCode)}</th>
              <th scope="col" className="col-num">
                {intl.formatMessage(messages.inProgress)}
              </th>
              <th scope="col">
                <span className="visually-hidden">{intl.formatMessage(messages.actions)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {query.data.map((t) => (
              <tr key={t.id}>
                <td className="cell-title">{t.name}</td>
                <td>{formatTimeAllowed(t.timerMinutes)}</td>
                <td>
                  {t.startCodeRequired ? (
                    t.startCodeSet ? (
                      <Badge tone="success">{intl.formatMessage(messages.codeSet)}</Badge>
                    ) : (
                      <Badge tone="warning">{intl.formatMessage(messages.codeNeededNotSet)}</Badge>
                    )
                  ) : (
                    <span className="muted">{intl.formatMessage(messages.codeNotNeeded)}</span>
                  )}
                </td>
                <td className="col-num">{intl.formatNumber(t.inProgress)}</td>
                <td>
                  {t.startCodeRequired && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={intl.formatMessage(
                        t.startCodeSet ? messages.newStartCodeFor : messages.issueStartCodeFor,
                        { test: t.name },
                      )}
                      onClick={() => void issue(t)}
                    >
                      {intl.formatMessage(
                        t.startCodeSet ? messages.newStartCode : messages.issueStartCode,
                      )}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {issued && (
        <Dialog
          title={intl.formatMessage(messages.startCode)}
          open
          onClose={() => setIssued(null)}
          actions={
            <button
              type="button"
              className="button button--primary"
              onClick={() => setIssued(null)}
            >
              {intl.formatMessage(messages.done)}
            </button>
          }
        >
          <p>{issued.test.name}</p>
          <p>{intl.formatMessage(messages.announceCode)}</p>
          <p className="issued-code__value" data-testid="issued-code">
            {issued.code.code}
          </p>
        </Dialog>
      )}
    </section>
  );
}
