import { useId, type ReactNode } from 'react';
import { formatNumber } from '../../lib/format';
import { useIntl } from '../../i18n/use-intl';
import { messages } from './messages';

interface StatCardProps {
  label: string;
  /** Undefined while loading. */
  value: number | undefined;
  detail?: ReactNode;
  failed?: boolean;
}

/** One headline number with its label and a line of breakdown. */
export function StatCard({ label, value, detail, failed = false }: StatCardProps) {
  const intl = useIntl();
  const labelId = useId();
  return (
    <div
      className="stat"
      role="group"
      aria-labelledby={labelId}
      aria-busy={value === undefined && !failed}
    >
      <span className="stat__label" id={labelId}>
        {label}
      </span>
      <span className="stat__value num">
        {failed ? (
          '—'
        ) : value === undefined ? (
          <span className="skeleton stat__skeleton" />
        ) : (
          formatNumber(value)
        )}
      </span>
      <span className="stat__detail">
        {failed ? intl.formatMessage(messages.couldNotCount) : detail}
      </span>
    </div>
  );
}
