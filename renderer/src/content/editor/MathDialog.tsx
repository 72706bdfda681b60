import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from '../../i18n/use-intl';
import { Dialog } from '../../ui/Dialog';
import { formulaNode } from '../math';
import type { MathAttributes } from './math-node';
import { messages } from './messages';

interface Props {
  /** The formula being edited, or a blank one to insert. */
  initial: MathAttributes;
  editing: boolean;
  onDone: (formula: MathAttributes) => void;
  onCancel: () => void;
}

/** The formula as the exam will show it, typeset by KaTeX as the author types. */
function LivePreview({ tex, display, id }: MathAttributes & { id: string }) {
  const intl = useIntl();
  const host = useRef<HTMLDivElement>(null);
  const node = useMemo(
    () => (tex.trim() === '' ? null : formulaNode(tex, display, tex)),
    [tex, display],
  );
  const readable = node === null || !node.classList.contains('math--error');
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    if (node === null) element.replaceChildren();
    else element.replaceChildren(node);
  }, [node]);
  return (
    <div className="math-dialog__preview-box">
      <div className="math-dialog__preview" id={id} ref={host} aria-live="polite" />
      {!readable && (
        <p className="field__hint field__hint--warning">
          {intl.formatMessage(messages.katexCannotRead)}
        </p>
      )}
    </div>
  );
}

/** Writes or changes a TeX formula, with a live preview; Ctrl+Enter inserts it. */
export function MathDialog({ initial, editing, onDone, onCancel }: Props) {
  const intl = useIntl();
  const [tex, setTex] = useState(initial.tex);
  const [display, setDisplay] = useState(initial.display);
  const texId = useId();
  const previewId = useId();
  const done = () => {
    if (tex.trim() !== '') onDone({ tex: tex.trim(), display });
  };
  return (
    <Dialog
      title={intl.formatMessage(editing ? messages.editFormula : messages.insertFormula)}
      open
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {intl.formatMessage(messages.cancel)}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={tex.trim() === ''}
            onClick={done}
          >
            {intl.formatMessage(editing ? messages.updateFormula : messages.insertFormula)}
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={texId}>
          {intl.formatMessage(messages.formulaTex)}
        </label>
        <textarea
          id={texId}
          className="input textarea math-dialog__tex"
          rows={3}
          value={tex}
          spellCheck={false}
          autoFocus
          aria-describedby={previewId}
          onChange={(e) => setTex(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              done();
            }
          }}
        />
        <span className="field__hint">
          {intl.formatMessage(messages.formulaExample, {
            first: '\\frac{1}{2} m v^2',
            second: '\\int_0^1 x^2\\,dx',
          })}
        </span>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={display} onChange={(e) => setDisplay(e.target.checked)} />
        {intl.formatMessage(messages.ownLine)}
      </label>
      <p className="field__label">{intl.formatMessage(messages.preview)}</p>
      <LivePreview tex={tex} display={display} id={previewId} />
    </Dialog>
  );
}
