import { formatNumber } from '../lib/format';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

interface PagerProps {
  offset: number;
  pageSize: number;
  total: number;
  onChange: (offset: number) => void;
  /** What the rows are, for the summary and button names: `questions`. */
  noun: string;
}

/** `Showing 1–25 of 34 questions` with previous and next page buttons. */
export function Pager({ offset, pageSize, total, onChange, noun }: PagerProps) {
  const intl = useIntl();
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + pageSize, total);
  const pages = total > pageSize;
  return (
    <>
      <p aria-live="polite">
        {intl.formatMessage(messages.showing, {
          first: formatNumber(first),
          last: formatNumber(last),
          total: formatNumber(total),
          noun,
        })}
      </p>
      {pages && (
        <div className="pager">
          <button
            type="button"
            className="button button--small"
            disabled={offset === 0}
            onClick={() => onChange(Math.max(0, offset - pageSize))}
          >
            {intl.formatMessage(messages.previousPage)}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={last >= total}
            onClick={() => onChange(offset + pageSize)}
          >
            {intl.formatMessage(messages.nextPage)}
          </button>
        </div>
      )}
    </>
  );
}
