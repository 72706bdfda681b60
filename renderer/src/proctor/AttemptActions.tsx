import { useState, type SubmitEvent } from 'react';
import type { IssuedCode, ProctorAttempt } from '@shared/domain/exam';
import { useApiMutation } from '../api/use-api-mutation';
import { useIntl } from '../i18n/use-intl';
import { Dialog } from '../ui/Dialog';
import { messages } from './messages';
import type { Action } from './ProctorConsole';

const titles = {
  extend: messages.extendTime,
  'resume-code': messages.resumeCode,
  end: messages.endThisAttempt,
} as const satisfies Record<Action, unknown>;

/** The three interventions, each confirmed, each audited in main. */
export function AttemptActions({
  attempt,
  action,
  onClose,
  onDone,
}: {
  attempt: ProctorAttempt;
  action: Action;
  onClose: () => void;
  onDone: () => void;
}) {
  const intl = useIntl();
  const [minutes, setMinutes] = useState('10');
  const [reason, setReason] = useState('');
  const [code, setCode] = useState<IssuedCode | null>(null);
  const extend = useApiMutation('proctor.extendTime');
  const end = useApiMutation('proctor.endAttempt');
  const issueResumeCode = useApiMutation('proctor.issueResumeCode');
  const busy = extend.busy || end.busy || issueResumeCode.busy;
  const error = (extend.error ?? end.error ?? issueResumeCode.error)?.message ?? null;

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const { attemptId } = attempt;
    if (action === 'extend') {
      if (await extend.run({ attemptId, minutes: Number(minutes), reason })) onDone();
    } else if (action === 'end') {
      if (await end.run({ attemptId, reason })) onDone();
    } else {
      const issued = await issueResumeCode.run({ attemptId });
      if (issued) setCode(issued);
    }
  };

  const who = intl.formatMessage(messages.studentAndTest, {
    student: attempt.studentName,
    test: attempt.testName,
  });
  return (
    <Dialog
      title={intl.formatMessage(titles[action])}
      open
      onClose={code ? onDone : onClose}
      actions={
        code ? (
          <button type="button" className="button button--primary" onClick={onDone}>
            {intl.formatMessage(messages.done)}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              {intl.formatMessage(messages.cancel)}
            </button>
            <button
              type="submit"
              form="attempt-action"
              className={`button ${action === 'end' ? 'button--danger' : 'button--primary'}`}
              disabled={busy}
            >
              {intl.formatMessage(
                action === 'extend'
                  ? messages.addTime
                  : action === 'end'
                    ? messages.endAttempt
                    : messages.issueCode,
              )}
            </button>
          </>
        )
      }
    >
      <p className="muted">{who}</p>
      {code ? (
        <div className="issued-code">
          <p>{intl.formatMessage(messages.tellCode)}</p>
          <p className="issued-code__value" data-testid="issued-code">
            {code.code}
          </p>
        </div>
      ) : (
        <form id="attempt-action" onSubmit={(e) => void submit(e)}>
          {action === 'extend' && (
            <div className="field">
              <label className="field__label" htmlFor="extend-minutes">
                {intl.formatMessage(messages.minutesToAdd)}
              </label>
              <input
                id="extend-minutes"
                className="input"
                type="number"
                min={1}
                max={600}
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
              />
            </div>
          )}
          {action === 'resume-code' && <p>{intl.formatMessage(messages.resumeCodeExplained)}</p>}
          {action === 'end' && <p>{intl.formatMessage(messages.endExplained)}</p>}
          {action !== 'resume-code' && (
            <div className="field">
              <label className="field__label" htmlFor="action-reason">
                {intl.formatMessage(messages.reason)}
              </label>
              <input
                id="action-reason"
                className="input"
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
          )}
          {error !== null && (
            <p className="field__hint field__hint--warning" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </Dialog>
  );
}
