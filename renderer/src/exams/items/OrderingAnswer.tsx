import {
  useContext,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { ExamQuestion } from '@shared/domain/exam';
import type { AnswerValueOf } from '@shared/domain/questions';
import { RichText } from '../../content/RichText';
import { spokenText } from '../../content/spoken-text';
import { AnswerSink } from '../answer-sink';
import { plainLabel } from './item-labels';
import { dropIndex, moveTo, validOrder } from './reorder';
import { useIntl } from '../../i18n/use-intl';
import { formatNumber } from '../../lib/format';
import { messages } from './messages';

interface Props {
  question: ExamQuestion;
  value: AnswerValueOf<'ordering'> | null;
}

type Control = 'handle' | 'up' | 'down';

interface Drag {
  id: string;
  pointerId: number;
  /** Where the item would land if dropped now. */
  at: number;
}

/**
 * A list to put in order: Move up and Move down on every item; on an item's
 * handle the arrow keys (Home and End to the ends) move it; dragging the
 * handle with a mouse, pen or finger moves it too. Each move is saved at once
 * and read out in a live region.
 */
export function OrderingAnswer({ question, value }: Props) {
  const intl = useIntl();
  const save = useContext(AnswerSink);
  const baseId = useId();
  const hintId = `${baseId}-hint`;
  const items = question.items ?? [];
  // Controls are named from the rendered item (aria-labelledby), so a formula reads from its MathML.
  const textId = (id: string) => `${baseId}-item-${items.findIndex((item) => item.id === id)}`;
  const byId = new Map(items.map((item) => [item.id, item]));
  const order = validOrder(value?.order, items) ?? items.map((item) => item.id);
  const [announcement, setAnnouncement] = useState('');
  const [drag, setDrag] = useState<Drag | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const refocus = useRef<{ id: string; control: Control } | null>(null);

  const nameOf = (id: string) => {
    const rendered = document.getElementById(textId(id));
    return rendered ? spokenText(rendered) : plainLabel(question.format, byId.get(id)?.text ?? id);
  };
  // While dragging, the list stays as it is (moving the dragged row would drop its pointer capture); a line shows where it will land.
  const others = drag ? order.filter((id) => id !== drag.id) : [];
  const dropMark = (id: string): string => {
    if (!drag || id === drag.id) return '';
    if (others[drag.at] === id) return ' ordering__item--drop-before';
    return drag.at >= others.length && others[others.length - 1] === id
      ? ' ordering__item--drop-after'
      : '';
  };

  const move = (id: string, to: number, control: Control) => {
    const from = order.indexOf(id);
    const target = Math.max(0, Math.min(order.length - 1, to));
    refocus.current = { id, control };
    if (from < 0 || target === from) return;
    save(question.questionId, { type: 'ordering', order: moveTo(order, id, target) });
    setAnnouncement(
      intl.formatMessage(messages.movedTo, {
        item: nameOf(id),
        position: formatNumber(target + 1),
        count: formatNumber(order.length),
      }),
    );
  };

  // Focus stays with the item that moved (on the same button, or its handle once that button is at an end).
  useLayoutEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    const row = Array.from(list.current?.children ?? []).find(
      (el) => el instanceof HTMLElement && el.dataset.item === wanted.id,
    );
    const control = row?.querySelector<HTMLButtonElement>(`[data-control="${wanted.control}"]`);
    const target =
      control && !control.disabled
        ? control
        : row?.querySelector<HTMLButtonElement>('[data-control="handle"]');
    target?.focus();
  });

  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>, id: string, index: number) => {
    const to =
      e.key === 'ArrowUp'
        ? index - 1
        : e.key === 'ArrowDown'
          ? index + 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? order.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    move(id, to, 'handle');
  };

  const middlesExcept = (id: string): number[] =>
    Array.from(list.current?.children ?? []).flatMap((el) => {
      if (!(el instanceof HTMLElement) || el.dataset.item === id) return [];
      const box = el.getBoundingClientRect();
      return [box.top + box.height / 2];
    });

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, id: string, index: number) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ id, pointerId: e.pointerId, at: index });
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    const at = dropIndex(middlesExcept(drag.id), e.clientY);
    if (at !== drag.at) setDrag({ ...drag, at });
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    setDrag(null);
    move(drag.id, drag.at, 'handle');
  };

  return (
    <div className="ordering">
      <p className="choices__hint" id={hintId}>
        {intl.formatMessage(messages.orderingHint)}
      </p>
      <ol className="ordering__list" ref={list}>
        {order.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          const positionId = `${baseId}-position-${index}`;
          return (
            <li
              key={id}
              data-item={id}
              className={`ordering__item${drag?.id === id ? ' ordering__item--dragging' : ''}${dropMark(id)}`}
            >
              <button
                type="button"
                className="ordering__handle"
                data-control="handle"
                aria-labelledby={`${textId(id)} ${positionId}`}
                aria-describedby={hintId}
                onKeyDown={(e) => onHandleKey(e, id, index)}
                onPointerDown={(e) => onPointerDown(e, id, index)}
                onPointerMove={onPointerMove}
                onPointerUp={onPointerUp}
                onPointerCancel={() => setDrag(null)}
              >
                <span aria-hidden="true">⠿</span>
              </button>
              <span className="ordering__position" aria-hidden="true">
                {formatNumber(index + 1)}
              </span>
              <span hidden id={positionId}>
                {intl.formatMessage(messages.position, {
                  position: formatNumber(index + 1),
                  count: formatNumber(order.length),
                })}
              </span>
              <RichText
                format={question.format}
                text={item.text}
                inline
                id={textId(id)}
                className="ordering__text"
              />
              <span className="ordering__moves">
                <button
                  type="button"
                  className="button button--small"
                  data-control="up"
                  aria-labelledby={`${baseId}-up ${textId(id)}`}
                  disabled={index === 0}
                  onClick={() => move(id, index - 1, 'up')}
                >
                  {intl.formatMessage(messages.moveUp)}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  data-control="down"
                  aria-labelledby={`${baseId}-down ${textId(id)}`}
                  disabled={index === order.length - 1}
                  onClick={() => move(id, index + 1, 'down')}
                >
                  {intl.formatMessage(messages.moveDown)}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {/* The visible words of the buttons begin their names (WCAG label in name). */}
      <span hidden id={`${baseId}-up`}>
        {intl.formatMessage(messages.moveUp)}
      </span>
      <span hidden id={`${baseId}-down`}>
        {intl.formatMessage(messages.moveDown)}
      </span>
    </div>
  );
}
