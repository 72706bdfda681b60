import { formatNumber } from '../lib/format';
import { useIntl } from '../i18n/use-intl';
import type { SourceMessage } from '../i18n/catalogue';
import { messages } from './messages';

interface PagerProps {
  offset: number;
  pageSize: number;
  total: number;
  onChange: (offset: number) => void;
  /**
   * The summary in the caller's words, with `{first}`, `{last}` and `{total}`
   * (a number, for its plural): `Showing {first}–{last} of {total, plural, …}`.
   */
  summary: SourceMessage;
}

/** `Showing 1–25 of 34 questions` (the caller's words) with previous and next page buttons. */
export function Pager({ offset, pageSize, total, onChange, summary }: PagerProps) {
  const intl = useIntl();
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + pageSize, total);
  const pages = total > pageSize;
  return (
    <>
      <p aria-live="polite">
        {intl.formatMessage(summary, {
          first: formatNumber(first),
          last: formatNumber(last),
          total,
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
