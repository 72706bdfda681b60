import { useImperativeHandle, useRef, type Ref } from 'react';
import type { ContentFormat } from '@shared/domain/question-parts';
import { RichEditor, type RichEditorHandle } from '../content/editor/RichEditor';

export interface ContentFieldHandle {
  /** Puts text at the cursor (or at the end when the field was never focused). */
  insertText: (text: string) => void;
}

interface Props {
  format: ContentFormat;
  /** The control's id; the label is `${id}-label`. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A passage or a stem (several lines), rather than an option or an item. */
  multiline?: boolean;
  /** The label is read out but not shown (a row in a list shows its letter instead). */
  hideLabel?: boolean;
  invalid?: boolean | undefined;
  handle?: Ref<ContentFieldHandle>;
}

/**
 * One field of question content, in the question's format: a text box for
 * plain text (shown exactly as typed), the rich-text editor for html.
 */
export function ContentField({
  format,
  id,
  label,
  value,
  onChange,
  multiline = false,
  hideLabel = false,
  invalid,
  handle,
}: Props) {
  const rich = useRef<RichEditorHandle>(null);
  const plain = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useImperativeHandle(handle, () => ({
    insertText: (text) => {
      if (format === 'html') {
        rich.current?.insertText(text);
        return;
      }
      const box = plain.current;
      if (!box) {
        onChange(value + text);
        return;
      }
      // Typed into the box itself, so the cursor ends after it and the author types straight on.
      box.focus();
      box.setRangeText(text, box.selectionStart, box.selectionEnd, 'end');
      onChange(box.value);
    },
  }));
  const labelClass = hideLabel ? 'visually-hidden' : 'field__label';
  const errorId = `${id}-error`;
  if (format === 'html') {
    return (
      <>
        <span className={labelClass} id={`${id}-label`}>
          {label}
        </span>
        <RichEditor
          ref={rich}
          value={value}
          onChange={onChange}
          labelledBy={`${id}-label`}
          label={label}
          compact={!multiline}
          invalid={invalid}
          describedBy={invalid === true ? errorId : undefined}
        />
      </>
    );
  }
  const common = {
    id,
    ref: plain,
    className: multiline ? 'input textarea' : 'input',
    value,
    'aria-invalid': invalid === true ? true : undefined,
    'aria-describedby': invalid === true ? errorId : undefined,
  };
  return (
    <>
      <label className={labelClass} htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => onChange(e.target.value)} />
      )}
    </>
  );
}
