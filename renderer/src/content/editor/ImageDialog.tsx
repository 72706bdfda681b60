import { useEffect, useId, useMemo, useState } from 'react';
import { Dialog } from '../../ui/Dialog';

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
      title={file ? 'Insert image' : 'Alt text'}
      open
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={done}>
            {busy ? 'Storing…' : file ? 'Insert image' : 'Save alt text'}
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
          Alt text
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
          What the image shows, for a student who cannot see it.
        </span>
        {touched && blank && (
          <span className="field__error" role="alert">
            Every image needs alt text
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
