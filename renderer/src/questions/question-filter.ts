import type { MethodInput } from '@shared/api/contract';
import type { Difficulty, QuestionType } from '@shared/domain/questions';

export type QuestionState = 'live' | 'deleted' | 'all';

/** What the person set in the filter bar; empty strings mean "any". */
export interface QuestionFilterValues {
  search: string;
  type: QuestionType | '';
  difficulty: Difficulty | '';
  tag: string;
  state: QuestionState;
}

export const emptyQuestionFilter: QuestionFilterValues = {
  search: '',
  type: '',
  difficulty: '',
  tag: '',
  state: 'live',
};

export function isFiltered(values: QuestionFilterValues): boolean {
  return (
    values.search.trim() !== '' ||
    values.type !== '' ||
    values.difficulty !== '' ||
    values.tag.trim() !== '' ||
    values.state !== 'live'
  );
}

/** The `questions.list` input for the filter bar and page, leaving out what is not set. */
export function questionListInput(
  values: QuestionFilterValues,
  offset: number,
  limit: number,
): MethodInput<'questions.list'> {
  const search = values.search.trim();
  const tag = values.tag.trim();
  return {
    limit,
    offset,
    state: values.state,
    ...(search !== '' ? { search } : {}),
    ...(values.type !== '' ? { type: values.type } : {}),
    ...(values.difficulty !== '' ? { difficulty: values.difficulty } : {}),
    ...(tag !== '' ? { tag } : {}),
  };
}
