import { useEffect, useId, useMemo, useState } from 'react';
import { useIntl } from '../../i18n/use-intl';
import { Dialog } from '../../ui/Dialog';
import { messages } from './messages';

interface Props {
  /** A file about to be stored, shown from this computer; null when changing a stored image's alt text. */
  file: File | null;
  initialAlt: string;
  busy: boolean;
  problem: string | null;
  onDone: (alt: string, size: { width: number; height: number } | null) => void;
  onCancel: () => void;
}

/**
 * Asks for an image's alt text before it goes into the question: every image
 * needs one (publishing refuses a test with an image that has none).
 */
export function ImageDialog({ file, initialAlt, busy, problem, onDone, onCancel }: Props) {
  const intl = useIntl();
  const [alt, setAlt] = useState(initialAlt);
  const [touched, setTouched] = useState(false);
  const preview = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const altId = useId();
  useEffect(
    () => () => {
      if (preview !== null) URL.revokeObjectURL(preview);
    },
    [preview],
  );
  const blank = alt.trim() === '';
  const done = () => {
    setTouched(true);
    if (!blank) onDone(alt.trim(), size);
  };
  return (
    <Dialog
      title={intl.formatMessage(file ? messages.insertImage : messages.altText)}
      open
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {intl.formatMessage(messages.cancel)}
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={done}>
            {intl.formatMessage(
              busy ? messages.storing : file ? messages.insertImage : messages.saveAlt,
            )}
          </button>
        </>
      }
    >
      {preview !== null && (
        <img
          className="image-dialog__preview"
          src={preview}
          alt=""
          onLoad={(e) =>
            setSize({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })
          }
        />
      )}
      <div className="field">
        <label className="field__label" htmlFor={altId}>
          {intl.formatMessage(messages.altText)}
        </label>
        <input
          id={altId}
          className="input"
          value={alt}
          autoFocus
          aria-invalid={touched && blank ? true : undefined}
          aria-describedby={`${altId}-hint`}
          onChange={(e) => setAlt(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              done();
            }
          }}
        />
        <span className="field__hint" id={`${altId}-hint`}>
          {intl.formatMessage(messages.altHint)}
        </span>
        {touched && blank && (
          <span className="field__error" role="alert">
            {intl.formatMessage(messages.altRequired)}
          </span>
        )}
        {problem !== null && (
          <span className="field__error" role="alert">
            {problem}
          </span>
        )}
      </div>
    </Dialog>
  );
}
