import type { ReactNode } from 'react';
import { useIntl } from '../i18n/use-intl';
import { EmptyState } from '../ui/States';
import { messages } from './messages';

interface NoQuestionsProps {
  /** Whether a filter is on: then the way out is to clear it. */
  filtered: boolean;
  onClearFilters: () => void;
  /** What fills an empty bank, said where the bank is shown. */
  emptyHint: ReactNode;
}

/** What a question list shows when it has no rows: nothing matches, or the bank is empty. */
export function NoQuestions({ filtered, onClearFilters, emptyHint }: NoQuestionsProps) {
  const intl = useIntl();
  return filtered ? (
    <EmptyState
      icon="search"
      title={intl.formatMessage(messages.noMatchTitle)}
      action={
        <button type="button" className="button" onClick={onClearFilters}>
          {intl.formatMessage(messages.clearFilters)}
        </button>
      }
    >
      {intl.formatMessage(messages.noMatchBody)}
    </EmptyState>
  ) : (
    <EmptyState title={intl.formatMessage(messages.emptyTitle)}>{emptyHint}</EmptyState>
  );
}
