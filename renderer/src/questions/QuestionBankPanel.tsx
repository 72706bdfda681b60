import { useId, useState } from 'react';
import { useApiQuery } from '../api/use-api-query';
import { useIntl } from '../i18n/use-intl';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { Pager } from '../ui/Pager';
import { ErrorState, LoadingState } from '../ui/States';
import { NoQuestions } from './NoQuestions';
import {
  emptyQuestionFilter,
  isFiltered,
  questionListInput,
  type QuestionFilterValues,
} from './question-filter';
import { QuestionFilters } from './QuestionFilters';
import { messages } from './messages';
import { QuestionTable } from './QuestionTable';

interface QuestionBankPanelProps {
  title: string;
  pageSize: number;
  advanced: boolean;
}

/** The question bank, searchable and filterable, a page at a time. */
export function QuestionBankPanel({ title, pageSize, advanced }: QuestionBankPanelProps) {
  const intl = useIntl();
  const headingId = useId();
  const [filter, setFilter] = useState<QuestionFilterValues>(emptyQuestionFilter);
  const [offset, setOffset] = useState(0);
  // Typing waits for a pause; the selects apply at once.
  const search = useDebouncedValue(filter.search, 250);
  const tag = useDebouncedValue(filter.tag, 250);
  const query = useApiQuery(
    'questions.list',
    questionListInput({ ...filter, search, tag }, offset, pageSize),
  );

  const onFilterChange = (values: QuestionFilterValues) => {
    setFilter(values);
    setOffset(0);
  };

  const filtered = isFiltered(filter);
  const result = query.data;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 className="panel__title" id={headingId}>
          {title}
        </h2>
        {result && (
          <span className="panel__meta">
            {intl.formatMessage(filtered ? messages.countMatch : messages.countInBank, {
              count: result.total,
            })}
          </span>
        )}
      </div>
      <div className="panel__toolbar">
        <QuestionFilters
          values={filter}
          onChange={onFilterChange}
          advanced={advanced}
          idPrefix={headingId}
        />
      </div>
      {query.error ? (
        <ErrorState
          error={query.error}
          onRetry={query.reload}
          title={intl.formatMessage(messages.loadFailed)}
        />
      ) : !result ? (
        <LoadingState label={intl.formatMessage(messages.loadingQuestions)} />
      ) : result.items.length === 0 ? (
        <NoQuestions
          filtered={filtered}
          onClearFilters={() => onFilterChange(emptyQuestionFilter)}
          emptyHint={intl.formatMessage(messages.emptyHintPanel)}
        />
      ) : (
        <>
          <QuestionTable questions={result.items} caption={title} busy={query.loading} />
          <div className="panel__footer">
            <Pager
              offset={offset}
              pageSize={pageSize}
              total={result.total}
              onChange={setOffset}
              summary={messages.pagerSummary}
            />
          </div>
        </>
      )}
    </section>
  );
}
