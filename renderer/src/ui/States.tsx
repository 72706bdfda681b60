import type { ReactNode } from 'react';
import type { ApiErrorBody } from '@shared/api/result';
import { Icon, type IconName } from './Icon';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  icon?: IconName;
  action?: ReactNode;
  compact?: boolean;
}

/** What a list says when it has nothing to show, and what would fill it. */
export function EmptyState({
  title,
  children,
  icon = 'inbox',
  action,
  compact = false,
}: EmptyStateProps) {
  return (
    <div className={`state${compact ? ' state--compact' : ''}`}>
      <Icon name={icon} className="state__icon" />
      <p className="state__title">{title}</p>
      {children !== undefined && <p className="state__text">{children}</p>}
      {action !== undefined && <div className="state__actions">{action}</div>}
    </div>
  );
}

/** A region waiting for its first answer. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** A read that failed, with its message from main and a way to try again. */
export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: ApiErrorBody;
  onRetry: () => void;
  title?: string;
}) {
  const intl = useIntl();
  return (
    <div className="state state--error state--compact" role="alert">
      <Icon name="error" className="state__icon" />
      <p className="state__title">{title ?? intl.formatMessage(messages.loadFailed)}</p>
      <p className="state__text">{shownError(error)}</p>
      <div className="state__actions">
        <button type="button" className="button" onClick={onRetry}>
          <Icon name="refresh" className="icon" />
          {intl.formatMessage(messages.tryAgain)}
        </button>
      </div>
    </div>
  );
}
