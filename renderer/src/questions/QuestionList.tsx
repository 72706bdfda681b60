import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { QuestionCells, QuestionColumns } from './QuestionCells';
import type { QuestionPages } from './use-question-pages';

const ROW = 52;

interface QuestionListProps {
  pages: QuestionPages;
  caption: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The bank as one long table that only draws the rows in view (10,000
 * questions scroll as smoothly as 10). Rows whose page is still loading show
 * a placeholder; spacer rows keep the scroll height and are hidden from readers.
 */
export function QuestionList({ pages, caption, selectedId, onSelect }: QuestionListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = pages.total ?? 0;
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual keeps its state outside React; this component is meant to re-render with it
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];

  useEffect(() => {
    if (first) pages.need(first.index);
    if (last) pages.need(last.index);
  }, [first, last, pages]);

  const top = first ? first.start : 0;
  const bottom = last ? virtualizer.getTotalSize() - last.end : 0;

  return (
    <div ref={scrollRef} className="virtual-scroll" tabIndex={-1}>
      <table className="table table--select" data-result-for={pages.answered ?? undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <QuestionColumns />
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={5} style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => {
            const q = pages.at(item.index);
            if (!q) {
              return (
                <tr key={`loading-${item.index}`} aria-hidden="true" style={{ height: ROW }}>
                  <td colSpan={5}>
                    <span className="skeleton" />
                  </td>
                </tr>
              );
            }
            return (
              <tr
                key={q.id}
                style={{ height: ROW }}
                aria-selected={q.id === selectedId}
                className={q.id === selectedId ? 'is-selected' : undefined}
                onClick={() => onSelect(q.id)}
              >
                <QuestionCells
                  question={q}
                  text={
                    <button
                      type="button"
                      className="row-link clamp-2"
                      title={q.text}
                      onClick={() => onSelect(q.id)}
                    >
                      {q.text}
                    </button>
                  }
                />
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={5} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
