import type { QuestionContent } from '@shared/domain/questions';

/** The plainest question there is: true/false, one mark, keyed true. */
export function trueFalseQuestion(text: string): QuestionContent {
  return {
    type: 'true_false',
    text,
    options: null,
    key: { value: true },
    marks: 1,
    difficulty: 'easy',
    tags: [],
    settings: {},
  };
}
