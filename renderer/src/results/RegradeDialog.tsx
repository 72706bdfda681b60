import { useState } from 'react';
import type { RegradeReport } from '@shared/domain/results';
import { formatNumber, plural } from '../lib/format';
import { attemptStatusLabels } from '../lib/labels';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import { Dialog } from '../ui/Dialog';

/** After a key is fixed in the bank: every attempt scored again, shown before and after, then applied. */
export function RegradeButton({ testId }: { testId: string }) {
  const [report, setReport] = useState<RegradeReport | null>(null);
  const preview = useApiMutation('results.regradePreview');
  const apply = useApiMutation('results.regrade');
  const error = preview.error ?? apply.error;
  const close = () => setReport(null);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={preview.busy}
        onClick={() => void preview.run({ testId }).then(setReport)}
      >
        Regrade…
      </button>
      {error && <Banner tone="danger">{error.message}</Banner>}
      <Dialog
        title="Regrade with the current answer keys"
        open={report !== null}
        onClose={close}
        wide
        actions={
          report?.applied || report?.changed.length === 0 ? (
            <button type="button" className="button button--primary" onClick={close}>
              Done
            </button>
          ) : (
            <>
              <button type="button" className="button button--ghost" onClick={close}>
                Cancel
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={apply.busy}
                onClick={() =>
                  void apply.run({ testId }).then((done) => {
                    if (done) setReport(done);
                  })
                }
              >
                Apply to {plural(report?.changed.length ?? 0, 'attempt')}
              </button>
            </>
          )
        }
      >
        {report && (
          <>
            <p role="status">
              {report.applied
                ? `Regraded: ${plural(report.changed.length, 'score')} changed.`
                : report.changed.length === 0
                  ? `All ${plural(report.attempts, 'attempt')} already match the current keys.`
                  : `${plural(report.changed.length, 'score')} of ${plural(report.attempts, 'attempt')} would change. Essay marks stay as graded.`}
            </p>
            {report.changed.length > 0 && (
              <table className="table">
                <caption className="visually-hidden">Scores before and after</caption>
                <thead>
                  <tr>
                    <th scope="col">Student</th>
                    <th scope="col" className="col-num">
                      Before
                    </th>
                    <th scope="col" className="col-num">
                      After
                    </th>
                    <th scope="col" className="col-tight">
                      Status
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.changed.map((c) => (
                    <tr key={c.attemptId}>
                      <td>{c.studentName}</td>
                      <td className="col-num">
                        {c.before === null ? '—' : formatNumber(c.before)}
                      </td>
                      <td className="col-num">{formatNumber(c.after)}</td>
                      <td className="nowrap">{attemptStatusLabels[c.statusAfter]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Dialog>
    </>
  );
}
