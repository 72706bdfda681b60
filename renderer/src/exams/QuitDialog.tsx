import { useEffect, useState, type SubmitEvent } from 'react';
import { call, onEvent } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

/**
 * Shown when someone tries to close the locked exam window (desktop app): a
 * proctor types their PIN here, checked offline, to let it close.
 */
export function QuitDialog({ attemptId }: { attemptId: string }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(
    () =>
      onEvent('lockdown.quitRequested', (e) => {
        if (e.attemptId === null || e.attemptId === attemptId) {
          setPin('');
          setError(null);
          setOpen(true);
        }
      }),
    [attemptId],
  );
  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const result = await call('exams.unlockQuit', { pin });
    if (result.ok) setOpen(false);
    else setError(shownError(result.error));
  };
  return (
    <Dialog
      title={intl.formatMessage(messages.leaveTitle)}
      open={open}
      onClose={() => setOpen(false)}
      actions={
        <>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {intl.formatMessage(messages.stayInExam)}
          </button>
          <button type="submit" form="quit-form" className="button button--danger">
            {intl.formatMessage(messages.unlockAndClose)}
          </button>
        </>
      }
    >
      <form id="quit-form" onSubmit={(e) => void submit(e)}>
        <p>{intl.formatMessage(messages.leaveExplain)}</p>
        <div className="field">
          <label className="field__label" htmlFor="quit-pin">
            {intl.formatMessage(messages.proctorPin)}
          </label>
          <input
            id="quit-pin"
            className="input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
          />
          {error !== null && (
            <p className="field__hint field__hint--warning" role="alert">
              {error}
            </p>
          )}
        </div>
      </form>
    </Dialog>
  );
}
