import type { ReactNode } from 'react';
import { EmptyState } from '../ui/States';

interface NoQuestionsProps {
  /** Whether a filter is on: then the way out is to clear it. */
  filtered: boolean;
  onClearFilters: () => void;
  /** What fills an empty bank, said where the bank is shown. */
  emptyHint: ReactNode;
}

/** What a question list shows when it has no rows: nothing matches, or the bank is empty. */
export function NoQuestions({ filtered, onClearFilters, emptyHint }: NoQuestionsProps) {
  return filtered ? (
    <EmptyState
      icon="search"
      title="No questions match"
      action={
        <button type="button" className="button" onClick={onClearFilters}>
          Clear filters
        </button>
      }
    >
      Try other words, or clear the filters to see the whole bank.
    </EmptyState>
  ) : (
    <EmptyState title="The question bank is empty">{emptyHint}</EmptyState>
  );
}
