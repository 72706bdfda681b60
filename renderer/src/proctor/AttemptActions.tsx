import { useState, type SubmitEvent } from 'react';
import type { IssuedCode, ProctorAttempt } from '@shared/domain/exam';
import { useApiMutation } from '../api/use-api-mutation';
import { Dialog } from '../ui/Dialog';
import type { Action } from './ProctorConsole';

const titles: Record<Action, string> = {
  extend: 'Extend time',
  'resume-code': 'Resume code',
  end: 'End this attempt',
};

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

  const who = `${attempt.studentName} — ${attempt.testName}`;
  return (
    <Dialog
      title={titles[action]}
      open
      onClose={code ? onDone : onClose}
      actions={
        code ? (
          <button type="button" className="button button--primary" onClick={onDone}>
            Done
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="submit"
              form="attempt-action"
              className={`button ${action === 'end' ? 'button--danger' : 'button--primary'}`}
              disabled={busy}
            >
              {action === 'extend' ? 'Add time' : action === 'end' ? 'End attempt' : 'Issue code'}
            </button>
          </>
        )
      }
    >
      <p className="muted">{who}</p>
      {code ? (
        <div className="issued-code">
          <p>Tell the student this code. It works once, and is not shown again.</p>
          <p className="issued-code__value" data-testid="issued-code">
            {code.code}
          </p>
        </div>
      ) : (
        <form id="attempt-action" onSubmit={(e) => void submit(e)}>
          {action === 'extend' && (
            <div className="field">
              <label className="field__label" htmlFor="extend-minutes">
                Minutes to add
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
          {action === 'resume-code' && (
            <p>
              A resume code lets this student go on after their computer crashed or was restarted,
              or move to another computer. The time it was down counted; add it back with Extend
              time if it was not their doing.
            </p>
          )}
          {action === 'end' && (
            <p>The attempt ends now. Every answer the student saved is kept and marked.</p>
          )}
          {action !== 'resume-code' && (
            <div className="field">
              <label className="field__label" htmlFor="action-reason">
                Reason (kept in the audit trail)
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
