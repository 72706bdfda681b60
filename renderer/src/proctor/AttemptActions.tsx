import { useState, type SubmitEvent } from 'react';
import type { IssuedCode, ProctorAttempt } from '../../../shared/domain/exam';
import { call } from '../api/client';
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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<IssuedCode | null>(null);

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    if (action === 'extend') {
      const r = await call('proctor.extendTime', {
        attemptId: attempt.attemptId,
        minutes: Number(minutes),
        reason,
      });
      setBusy(false);
      if (r.ok) onDone();
      else setError(r.error.message);
    } else if (action === 'end') {
      const r = await call('proctor.endAttempt', { attemptId: attempt.attemptId, reason });
      setBusy(false);
      if (r.ok) onDone();
      else setError(r.error.message);
    } else {
      const r = await call('proctor.issueResumeCode', { attemptId: attempt.attemptId });
      setBusy(false);
      if (r.ok) setCode(r.value);
      else setError(r.error.message);
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
