import fc from 'fast-check';
import type { StoredQuestion } from '@shared/domain/bank';
import type { AnswerValue } from '@shared/domain/questions';

const optionIds = ['a', 'b', 'c', 'd', 'e', 'f'];

const base: Pick<StoredQuestion, 'difficulty' | 'tags' | 'settings'> = {
  difficulty: null,
  tags: [],
  settings: {},
};

/** A question of any type with a valid key, and an answer that may or may not fit it. */
export const questionArb: fc.Arbitrary<StoredQuestion> = fc.oneof(
  fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc.integer({ min: 0, max: n - 1 }).map((k): StoredQuestion => ({
      ...base,
      type: 'single_choice',
      text: 'q',
      marks: 1,
      options: optionIds.slice(0, n).map((id) => ({ id, text: id })),
      key: { optionId: optionIds[k]! },
    })),
  ),
  fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc.subarray(optionIds.slice(0, n), { minLength: 1 }).map((keyed): StoredQuestion => ({
      ...base,
      type: 'multiple_response',
      text: 'q',
      marks: 1,
      options: optionIds.slice(0, n).map((id) => ({ id, text: id })),
      key: { optionIds: keyed },
    })),
  ),
  fc.boolean().map((value): StoredQuestion => ({
    ...base,
    type: 'true_false',
    text: 'q',
    marks: 1,
    options: null,
    key: { value },
  })),
  fc
    .array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 })
    .chain((accepted) =>
      fc.boolean().map((caseSensitive): StoredQuestion => ({
        ...base,
        type: 'short_answer',
        text: 'q',
        marks: 1,
        options: null,
        key: { accepted, caseSensitive },
      })),
    ),
  fc
    .record({
      value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      tolerance: fc.double({ min: 0, max: 10, noNaN: true }),
      toleranceMode: fc.constantFrom('absolute' as const, 'relative' as const),
    })
    .map((key): StoredQuestion => ({
      ...base,
      type: 'numeric',
      text: 'q',
      marks: 1,
      options: null,
      key,
    })),
  fc.constant<StoredQuestion>({
    ...base,
    type: 'essay',
    text: 'q',
    marks: 1,
    options: null,
    key: null,
  }),
);

export const answerArb: fc.Arbitrary<AnswerValue | null> = fc.oneof(
  fc.constant(null),
  fc
    .constantFrom(...optionIds)
    .map((optionId): AnswerValue => ({ type: 'single_choice', optionId })),
  fc
    .array(fc.constantFrom(...optionIds, 'zz'), { maxLength: 8 })
    .map((ids): AnswerValue => ({ type: 'multiple_response', optionIds: ids })),
  fc.boolean().map((value): AnswerValue => ({ type: 'true_false', value })),
  fc.string({ maxLength: 12 }).map((text): AnswerValue => ({ type: 'short_answer', text })),
  fc.double({ noNaN: false }).map((value): AnswerValue => ({ type: 'numeric', value })),
  fc.string({ maxLength: 30 }).map((text): AnswerValue => ({ type: 'essay', text })),
);

/** An answer of the question's own type, more likely to score than a random one. */
export function answerFor(question: StoredQuestion): fc.Arbitrary<AnswerValue | null> {
  const ids = question.options?.map((o) => o.id) ?? [];
  switch (question.type) {
    case 'single_choice':
      return fc
        .constantFrom(...ids)
        .map((optionId): AnswerValue => ({ type: 'single_choice', optionId }));
    case 'multiple_response':
      return fc
        .subarray(ids)
        .map((optionIds): AnswerValue => ({ type: 'multiple_response', optionIds }));
    default:
      return answerArb;
  }
}

export const marksArb = fc.integer({ min: 0, max: 20 });
