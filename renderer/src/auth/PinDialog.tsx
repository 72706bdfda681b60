import { useState, type SubmitEvent } from 'react';
import { useApiMutation } from '../api/use-api-mutation';
import { useApiQuery } from '../api/use-api-query';
import { fieldError, TextField } from '../setup/TextField';
import { Dialog } from '../ui/Dialog';
import { shownError } from '../errors/error-text';

/** A proctor or admin sets or changes their own PIN, confirmed with their account password. */
export function PinDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const status = useApiQuery('auth.pinStatus', {});
  const setPin = useApiMutation('auth.setPin');
  const [password, setPassword] = useState('');
  const [pin, setPinValue] = useState('');
  const [done, setDone] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await setPin.run({ password, pin });
    if (result) {
      setPassword('');
      setPinValue('');
      setDone(true);
    }
  };
  const close = () => {
    setDone(false);
    setPin.clearError();
    onClose();
  };
  const general =
    setPin.error && !fieldError(setPin.error, 'pin') && !fieldError(setPin.error, 'password')
      ? shownError(setPin.error)
      : null;

  return (
    <Dialog
      title={status.data?.set ? 'Change your proctor PIN' : 'Set your proctor PIN'}
      open={open}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            {done ? 'Close' : 'Cancel'}
          </button>
          {!done && (
            <button
              type="submit"
              form="pin-form"
              className="button button--primary"
              disabled={setPin.busy}
            >
              Save PIN
            </button>
          )}
        </>
      }
    >
      {done ? (
        <p role="status">Your new PIN is saved. It closes locked exams from now on.</p>
      ) : (
        <form id="pin-form" className="setup-form" onSubmit={(e) => void submit(e)} noValidate>
          <p className="muted">
            You type your PIN on a student’s computer to close a locked exam. {status.data?.rule}
          </p>
          <TextField
            id="pin-new"
            label="New PIN"
            field="pin"
            type="password"
            inputMode="numeric"
            value={pin}
            onChange={setPinValue}
            error={setPin.error}
          />
          <TextField
            id="pin-password"
            label="Your account password"
            field="password"
            type="password"
            value={password}
            onChange={setPassword}
            error={setPin.error}
            autoComplete="current-password"
          />
          <div role="alert">{general && <p className="setup-form__error">{general}</p>}</div>
        </form>
      )}
    </Dialog>
  );
}
