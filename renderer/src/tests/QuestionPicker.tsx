import { useState } from 'react';
import { useApiQuery } from '../api/use-api-query';
import { useDebouncedValue } from '../lib/use-debounced-value';
import type { QuestionSummary } from '@shared/domain/bank';
import { Pager } from '../ui/Pager';
import { testsText } from './tests-text';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

const PAGE = 20;

/** The bank, searched and paged, each question with Add (or Added once it is in the test). */
export function QuestionPicker({
  isInTest,
  onAdd,
}: {
  isInTest: (questionId: string) => boolean;
  onAdd: (question: QuestionSummary) => void;
}) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const settled = useDebouncedValue(search.trim(), 150);
  const bank = useApiQuery('questions.list', {
    limit: PAGE,
    offset,
    ...(settled !== '' ? { search: settled } : {}),
  });
  const items = bank.data?.items ?? [];
  const total = bank.data?.total ?? 0;
  return (
    <div className="subsection">
      <h3 className="subsection__title">{intl.formatMessage(messages.addFromBank)}</h3>
      <div className="field">
        <label className="field__label" htmlFor="add-search">
          {intl.formatMessage(messages.searchBank)}
        </label>
        <input
          id="add-search"
          className="input"
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setOffset(0);
          }}
        />
      </div>
      {bank.data !== undefined &&
        (total === 0 ? (
          <p className="muted">{testsText.bankEmpty}</p>
        ) : (
          <Pager
            offset={offset}
            pageSize={PAGE}
            total={total}
            onChange={setOffset}
            summary={messages.pickerSummary}
          />
        ))}
      <ul className="history" aria-label={intl.formatMessage(messages.questionsInBank)}>
        {items.map((q) => {
          const inTest = isInTest(q.id);
          return (
            <li key={q.id} className="option-row option-row--add">
              <span className="clamp-2">{q.text}</span>
              <button
                type="button"
                className="button button--small"
                // Not `disabled`: the button that was just pressed keeps the focus, so a
                // keyboard user goes on from here rather than from the top of the page.
                aria-disabled={inTest}
                aria-label={intl.formatMessage(
                  inTest ? messages.addedQuestion : messages.addQuestion,
                  {
                    text: q.text.slice(0, 60),
                  },
                )}
                onClick={() => {
                  if (!inTest) onAdd(q);
                }}
              >
                {intl.formatMessage(inTest ? messages.added : messages.add)}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
