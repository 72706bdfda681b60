import type { ReactNode } from 'react';
import type { ContentFormat } from '@shared/domain/question-parts';
import { useIntl } from '../i18n/use-intl';
import { ContentField } from './ContentField';
import { FieldError } from './editor-fields';
import { messages } from './messages';
import { nextId, type ItemDraft } from './question-draft';

interface Props {
  format: ContentFormat;
  /** The list's name, e.g. "Premises"; each row is "<noun> N". */
  legend: string;
  noun: 'response' | 'premise' | 'item';
  idPrefix: string;
  items: ItemDraft[];
  onChange: (items: ItemDraft[]) => void;
  /** Move up / Move down on each row (an order that matters). */
  orderable?: boolean;
  min: number;
  error?: string | undefined;
  /** What else each row holds (a premise's response). */
  extra?: (item: ItemDraft, index: number) => ReactNode;
  /** New rows get ids `<idLetter>N` (p1, r2, i3): ids stay with their text in keys and answers. */
  idLetter: string;
}

/** A list of texts with stable ids (premises, responses, items to order): add, remove, reorder. */
export function ItemListEditor({
  format,
  legend,
  noun,
  idPrefix,
  items,
  onChange,
  orderable = false,
  min,
  error,
  extra,
  idLetter,
}: Props) {
  const intl = useIntl();
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    if (item) next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <fieldset className="editor__list">
      <legend className="field__label">{legend}</legend>
      <ol className="item-list">
        {items.map((item, i) => (
          <li key={item.id} className="option-row">
            <span className="option-row__letter">{intl.formatNumber(i + 1)}</span>
            <div className="option-row__text">
              <ContentField
                format={format}
                id={`${idPrefix}-${item.id}`}
                label={intl.formatMessage(messages.rowLabel, { noun, n: i + 1 })}
                hideLabel
                value={item.text}
                onChange={(text) =>
                  onChange(items.map((x) => (x.id === item.id ? { ...x, text } : x)))
                }
              />
            </div>
            {extra?.(item, i)}
            {orderable && (
              <>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={intl.formatMessage(messages.moveUp, { noun, n: i + 1 })}
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                >
                  {intl.formatMessage(messages.up)}
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={intl.formatMessage(messages.moveDown, { noun, n: i + 1 })}
                  disabled={i === items.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  {intl.formatMessage(messages.down)}
                </button>
              </>
            )}
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={intl.formatMessage(messages.removeRow, { noun, n: i + 1 })}
              disabled={items.length <= min}
              onClick={() => onChange(items.filter((x) => x.id !== item.id))}
            >
              {intl.formatMessage(messages.remove)}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        disabled={items.length >= 50}
        onClick={() => onChange([...items, { id: nextId(idLetter, items), text: '' }])}
      >
        {intl.formatMessage(messages.addRow, { noun })}
      </button>
      <FieldError message={error} />
    </fieldset>
  );
}
