import {
  difficulties,
  difficultySchema,
  questionTypes,
  questionTypeSchema,
} from '@shared/domain/questions';
import type { SourceMessage } from '../i18n/catalogue';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import type { QuestionFilterValues, QuestionState } from './question-filter';
import { difficultyWords, questionTypeWords } from './question-words';

interface QuestionFiltersProps {
  values: QuestionFilterValues;
  onChange: (values: QuestionFilterValues) => void;
  /** Difficulty, tag and deleted questions as well as search and type. */
  advanced: boolean;
  /** Keeps ids unique when two filter bars are on one page. */
  idPrefix: string;
}

const stateOptions: { value: QuestionState; label: SourceMessage }[] = [
  { value: 'live', label: messages.stateLive },
  { value: 'deleted', label: messages.stateDeleted },
  { value: 'all', label: messages.stateAll },
];

export function QuestionFilters({ values, onChange, advanced, idPrefix }: QuestionFiltersProps) {
  const intl = useIntl();
  const set = (patch: Partial<QuestionFilterValues>) => onChange({ ...values, ...patch });
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <div className="toolbar" role="search" aria-label={intl.formatMessage(messages.filterLabel)}>
      <div className={`field ${advanced ? 'toolbar__full' : 'toolbar__grow'}`}>
        <label className="field__label" htmlFor={id('search')}>
          {intl.formatMessage(messages.searchLabel)}
        </label>
        <input
          id={id('search')}
          className="input"
          type="search"
          placeholder={intl.formatMessage(messages.searchPlaceholder)}
          value={values.search}
          onChange={(e) => set({ search: e.target.value })}
        />
      </div>
      <div className="field toolbar__item">
        <label className="field__label" htmlFor={id('type')}>
          {intl.formatMessage(messages.type)}
        </label>
        <select
          id={id('type')}
          className="select"
          value={values.type}
          onChange={(e) => {
            const parsed = questionTypeSchema.safeParse(e.target.value);
            set({ type: parsed.success ? parsed.data : '' });
          }}
        >
          <option value="">{intl.formatMessage(messages.allTypes)}</option>
          {questionTypes.map((type) => (
            <option key={type} value={type}>
              {questionTypeWords[type]}
            </option>
          ))}
        </select>
      </div>
      {advanced && (
        <>
          <div className="field toolbar__item">
            <label className="field__label" htmlFor={id('difficulty')}>
              {intl.formatMessage(messages.difficulty)}
            </label>
            <select
              id={id('difficulty')}
              className="select"
              value={values.difficulty}
              onChange={(e) => {
                const parsed = difficultySchema.safeParse(e.target.value);
                set({ difficulty: parsed.success ? parsed.data : '' });
              }}
            >
              <option value="">{intl.formatMessage(messages.anyDifficulty)}</option>
              {difficulties.map((difficulty) => (
                <option key={difficulty} value={difficulty}>
                  {difficultyWords[difficulty]}
                </option>
              ))}
            </select>
          </div>
          <div className="field toolbar__item">
            <label className="field__label" htmlFor={id('tag')}>
              {intl.formatMessage(messages.tag)}
            </label>
            <input
              id={id('tag')}
              className="input"
              type="text"
              placeholder={intl.formatMessage(messages.tagPlaceholder)}
              value={values.tag}
              onChange={(e) => set({ tag: e.target.value })}
            />
          </div>
          <div className="field toolbar__item">
            <label className="field__label" htmlFor={id('state')}>
              {intl.formatMessage(messages.show)}
            </label>
            <select
              id={id('state')}
              className="select"
              value={values.state}
              onChange={(e) => {
                const option = stateOptions.find((o) => o.value === e.target.value);
                set({ state: option?.value ?? 'live' });
              }}
            >
              {stateOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {intl.formatMessage(option.label)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    </div>
  );
}
