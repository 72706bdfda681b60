import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

interface ConfirmDialogProps {
  /** A question naming the action: `Delete this question?`. */
  title: string;
  /** What will happen, in sentences, and whether it can be undone. */
  children: ReactNode;
  /** The button that does it, named for the action: `Delete question`. */
  confirmLabel: string;
  /** The button that leaves everything as it is. */
  cancelLabel?: string;
  /** Red for what destroys or locks something; the accent colour otherwise. */
  danger?: boolean;
  busy?: boolean;
  /** A refusal from main, shown inside the dialog so the person sees why nothing happened. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The one step between a click and a consequential change: it says what will
 * happen and names the action on its button, so nothing is destroyed, locked or
 * published by one click. Escape and the cancel button leave everything as it is.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger = false,
  busy = false,
  error = null,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      title={title}
      open
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {cancelLabel ?? intl.formatMessage(messages.cancel)}
          </button>
          <button
            type="button"
            className={`button ${danger ? 'button--danger' : 'button--primary'}`}
            onClick={onConfirm}
            disabled={busy}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
      {error !== null && (
        <p className="field__hint field__hint--warning" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
