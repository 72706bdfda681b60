import { useState } from 'react';
import type { IssuedCode, ProctorTest } from '@shared/domain/exam';
import { useApiMutation } from '../api/use-api-mutation';
import { useApiQuery } from '../api/use-api-query';
import { formatTimeAllowed } from '../lib/format';
import { Badge } from '../ui/Badge';
import { Dialog } from '../ui/Dialog';
import { LoadingState } from '../ui/States';

/** Published tests, and a start code for each, issued here and checked offline on every computer. */
export function StartCodesPanel() {
  const query = useApiQuery('proctor.tests', {});
  const [issued, setIssued] = useState<{ test: ProctorTest; code: IssuedCode } | null>(null);
  const issueCode = useApiMutation('proctor.issueStartCode');
  const error = issueCode.error?.message ?? null;
  const issue = async (test: ProctorTest) => {
    const code = await issueCode.run({ testId: test.id });
    if (code) setIssued({ test, code });
  };
  return (
    <section className="panel" aria-labelledby="start-codes-heading">
      <div className="panel__header">
        <h2 className="panel__title" id="start-codes-heading">
          Start codes
        </h2>
      </div>
      {error !== null && (
        <p className="field__hint field__hint--warning" role="alert">
          {error}
        </p>
      )}
      {!query.data ? (
        <LoadingState label="Loading tests…" />
      ) : (
        <table className="table">
          <caption className="visually-hidden">Published tests</caption>
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col">Time</th>
              <th scope="col">Start code</th>
              <th scope="col" className="col-num">
                In progress
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
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
                      <Badge tone="success">Set</Badge>
                    ) : (
                      <Badge tone="warning">Needed, not set</Badge>
                    )
                  ) : (
                    <span className="muted">Not needed</span>
                  )}
                </td>
                <td className="col-num">{t.inProgress}</td>
                <td>
                  {t.startCodeRequired && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`${t.startCodeSet ? 'New start code' : 'Issue start code'} for ${t.name}`}
                      onClick={() => void issue(t)}
                    >
                      {t.startCodeSet ? 'New start code' : 'Issue start code'}
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
          title="Start code"
          open
          onClose={() => setIssued(null)}
          actions={
            <button
              type="button"
              className="button button--primary"
              onClick={() => setIssued(null)}
            >
              Done
            </button>
          }
        >
          <p>{issued.test.name}</p>
          <p>Announce this code to the room. A new code replaces it; the old one stops working.</p>
          <p className="issued-code__value" data-testid="issued-code">
            {issued.code.code}
          </p>
        </Dialog>
      )}
    </section>
  );
}
