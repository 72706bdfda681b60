import {
  difficulties,
  difficultySchema,
  questionTypeLabels,
  questionTypes,
  questionTypeSchema,
} from '@shared/domain/questions';
import { difficultyLabels } from '../lib/labels';
import type { QuestionFilterValues, QuestionState } from './question-filter';

interface QuestionFiltersProps {
  values: QuestionFilterValues;
  onChange: (values: QuestionFilterValues) => void;
  /** Difficulty, tag and deleted questions as well as search and type. */
  advanced: boolean;
  /** Keeps ids unique when two filter bars are on one page. */
  idPrefix: string;
}

const stateOptions: { value: QuestionState; label: string }[] = [
  { value: 'live', label: 'Current questions' },
  { value: 'deleted', label: 'Deleted questions' },
  { value: 'all', label: 'Current and deleted' },
];

export function QuestionFilters({ values, onChange, advanced, idPrefix }: QuestionFiltersProps) {
  const set = (patch: Partial<QuestionFilterValues>) => onChange({ ...values, ...patch });
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <div className="toolbar" role="search" aria-label="Filter questions">
      <div className={`field ${advanced ? 'toolbar__full' : 'toolbar__grow'}`}>
        <label className="field__label" htmlFor={id('search')}>
          Search questions
        </label>
        <input
          id={id('search')}
          className="input"
          type="search"
          placeholder="Words in the question or its tags"
          value={values.search}
          onChange={(e) => set({ search: e.target.value })}
        />
      </div>
      <div className="field toolbar__item">
        <label className="field__label" htmlFor={id('type')}>
          Type
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
          <option value="">All types</option>
          {questionTypes.map((type) => (
            <option key={type} value={type}>
              {questionTypeLabels[type]}
            </option>
          ))}
        </select>
      </div>
      {advanced && (
        <>
          <div className="field toolbar__item">
            <label className="field__label" htmlFor={id('difficulty')}>
              Difficulty
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
              <option value="">Any difficulty</option>
              {difficulties.map((difficulty) => (
                <option key={difficulty} value={difficulty}>
                  {difficultyLabels[difficulty]}
                </option>
              ))}
            </select>
          </div>
          <div className="field toolbar__item">
            <label className="field__label" htmlFor={id('tag')}>
              Tag
            </label>
            <input
              id={id('tag')}
              className="input"
              type="text"
              placeholder="e.g. geography"
              value={values.tag}
              onChange={(e) => set({ tag: e.target.value })}
            />
          </div>
          <div className="field toolbar__item">
            <label className="field__label" htmlFor={id('state')}>
              Show
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
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    </div>
  );
}
