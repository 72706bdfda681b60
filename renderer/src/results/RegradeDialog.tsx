import { useState } from 'react';
import type { RegradeReport } from '@shared/domain/results';
import { formatNumber } from '../lib/format';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { attemptStatusLabels } from '../lib/labels';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import { Dialog } from '../ui/Dialog';
import { shownError } from '../errors/error-text';

/** After a key is fixed in the bank: every attempt scored again, shown before and after, then applied. */
export function RegradeButton({ testId }: { testId: string }) {
  const intl = useIntl();
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
        {intl.formatMessage(messages.regrade)}
      </button>
      {error && <Banner tone="danger">{shownError(error)}</Banner>}
      <Dialog
        title={intl.formatMessage(messages.regradeTitle)}
        open={report !== null}
        onClose={close}
        wide
        actions={
          report?.applied || report?.changed.length === 0 ? (
            <button type="button" className="button button--primary" onClick={close}>
              {intl.formatMessage(messages.done)}
            </button>
          ) : (
            <>
              <button type="button" className="button button--ghost" onClick={close}>
                {intl.formatMessage(messages.cancel)}
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
                {intl.formatMessage(messages.applyTo, { count: report?.changed.length ?? 0 })}
              </button>
            </>
          )
        }
      >
        {report && (
          <>
            <p role="status">
              {report.applied
                ? intl.formatMessage(messages.regraded, { count: report.changed.length })
                : report.changed.length === 0
                  ? intl.formatMessage(messages.allMatch, { count: report.attempts })
                  : intl.formatMessage(messages.wouldChange, {
                      changed: report.changed.length,
                      attempts: report.attempts,
                    })}
            </p>
            {report.changed.length > 0 && (
              <table className="table">
                <caption className="visually-hidden">
                  {intl.formatMessage(messages.beforeAfter)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage(messages.student)}</th>
                    <th scope="col" className="col-num">
                      {intl.formatMessage(messages.before)}
                    </th>
                    <th scope="col" className="col-num">
                      {intl.formatMessage(messages.after)}
                    </th>
                    <th scope="col" className="col-tight">
                      {intl.formatMessage(messages.status)}
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
