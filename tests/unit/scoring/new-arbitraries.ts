import fc from 'fast-check';
import type { StoredQuestion } from '@shared/domain/bank';
import type { AnswerValue, ClozeGap, GapKey } from '@shared/domain/questions';

const base: Pick<StoredQuestion, 'difficulty' | 'tags' | 'settings' | 'text' | 'marks'> = {
  difficulty: null,
  tags: [],
  settings: {},
  text: 'q',
  marks: 1,
};
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const items = (list: readonly string[]) => list.map((id) => ({ id, text: id }));

/** Moodle's answer fractions, the weights authors actually pick. */
const fractions = [
  1, 0.9, 0.8, 0.75, 0.7, 0.6666667, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571,
  0.125, 0.1111111, 0.1, 0.05, 0,
];
const fractionArb = fc.constantFrom(...fractions);
const penaltyArb = fc.constantFrom(...fractions.map((f) => -f));

export const weightedSingleArb: fc.Arbitrary<StoredQuestion> = fc
  .integer({ min: 2, max: 6 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      full: fc.integer({ min: 0, max: n - 1 }),
      others: fc.array(fc.option(fc.oneof(fractionArb, penaltyArb), { nil: undefined }), {
        minLength: n,
        maxLength: n,
      }),
    }),
  )
  .map(({ n, full, others }): StoredQuestion => {
    const optionIds = ids('o', n);
    const weights: Record<string, number> = {};
    optionIds.forEach((id, i) => {
      const w = i === full ? 1 : others[i];
      if (w !== undefined) weights[id] = w;
    });
    return {
      ...base,
      type: 'single_choice',
      options: items(optionIds),
      key: { optionId: optionIds[full]!, weights },
    };
  });

export const weightedMultipleArb: fc.Arbitrary<StoredQuestion> = fc
  .integer({ min: 2, max: 6 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      keyed: fc.subarray(ids('o', n), { minLength: 1 }),
      extra: fc.constantFrom(0, 0, 0.1, 0.5),
      penalties: fc.array(penaltyArb, { minLength: n, maxLength: n }),
    }),
  )
  .map(({ n, keyed, extra, penalties }): StoredQuestion => {
    const optionIds = ids('o', n);
    // The keyed options share full marks (and at times a little more), as Moodle writes them.
    const share = Math.round(((1 + extra) / keyed.length) * 1e7) / 1e7;
    const weights: Record<string, number> = {};
    optionIds.forEach((id, i) => {
      weights[id] = keyed.includes(id) ? Math.min(1, share) : penalties[i]!;
    });
    return {
      ...base,
      type: 'multiple_response',
      options: items(optionIds),
      key: { optionIds: keyed, weights },
    };
  });

const words = ['paris', 'Paris', 'lyon', 'PARIS ', 'nice', 'rome'];
export const partialShortArb: fc.Arbitrary<StoredQuestion> = fc
  .record({
    accepted: fc.subarray(words, { minLength: 1, maxLength: 2 }),
    partial: fc.array(fc.record({ answer: fc.constantFrom(...words), credit: fractionArb })),
    caseSensitive: fc.boolean(),
  })
  .map((key): StoredQuestion => ({ ...base, type: 'short_answer', options: null, key }));

const numericTarget = fc.record({
  value: fc.integer({ min: -50, max: 50 }),
  tolerance: fc.constantFrom(0, 0.5, 2),
  toleranceMode: fc.constantFrom('absolute' as const, 'relative' as const),
});
export const alternativesNumericArb: fc.Arbitrary<StoredQuestion> = fc
  .record({
    key: numericTarget,
    alternatives: fc.array(
      fc.record({ target: numericTarget, credit: fractionArb }).map(({ target, credit }) => ({
        ...target,
        credit,
      })),
      { maxLength: 3 },
    ),
  })
  .map(({ key, alternatives }): StoredQuestion => ({
    ...base,
    type: 'numeric',
    options: null,
    key: { ...key, alternatives },
  }));

export const matchingArb: fc.Arbitrary<StoredQuestion> = fc
  .record({ p: fc.integer({ min: 1, max: 5 }), extra: fc.integer({ min: 0, max: 3 }) })
  .chain(({ p, extra }) => {
    const responses = ids('r', Math.max(2, p + extra));
    return fc
      .array(fc.constantFrom(...responses), { minLength: p, maxLength: p })
      .map((paired): StoredQuestion => {
        const premises = ids('p', p);
        return {
          ...base,
          type: 'matching',
          options: null,
          premises: items(premises),
          responses: items(responses),
          key: { pairs: Object.fromEntries(premises.map((id, i) => [id, paired[i]!])) },
        };
      });
  });

export const orderingArb: fc.Arbitrary<StoredQuestion> = fc
  .integer({ min: 2, max: 6 })
  .chain((n) => fc.shuffledSubarray(ids('i', n), { minLength: n, maxLength: n }))
  .map((order): StoredQuestion => ({
    ...base,
    type: 'ordering',
    options: null,
    items: items([...order].sort()),
    key: { order },
  }));

const gapArb = (id: string): fc.Arbitrary<{ gap: ClozeGap; key: GapKey }> =>
  fc
    .record({
      kind: fc.constantFrom('choice', 'text', 'numeric'),
      marks: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ kind, marks }): fc.Arbitrary<{ gap: ClozeGap; key: GapKey }> => {
      if (kind === 'choice') {
        return fc.integer({ min: 2, max: 4 }).chain((n) =>
          fc.integer({ min: 0, max: n - 1 }).map((k) => ({
            gap: { id, kind, marks, options: items(ids(`${id}o`, n)) },
            key: { optionId: `${id}o${k}` },
          })),
        );
      }
      if (kind === 'text') {
        return partialShortArb.map((q) => ({
          gap: { id, kind, marks },
          key: q.key as GapKey,
        }));
      }
      return alternativesNumericArb.map((q) => ({
        gap: { id, kind, marks },
        key: q.key as GapKey,
      }));
    });

export const clozeArb: fc.Arbitrary<StoredQuestion> = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.tuple(...ids('g', n).map(gapArb)))
  .map((gaps): StoredQuestion => ({
    ...base,
    type: 'cloze',
    text: gaps.map((g) => `{{gap:${g.gap.id}}}`).join(' '),
    options: null,
    gaps: gaps.map((g) => g.gap),
    key: { gaps: Object.fromEntries(gaps.map((g) => [g.gap.id, g.key])) },
    marks: gaps.reduce((s, g) => s + g.gap.marks, 0),
  }));

export const descriptionArb: fc.Arbitrary<StoredQuestion> = fc.constant<StoredQuestion>({
  ...base,
  type: 'description',
  options: null,
  key: null,
  marks: 0,
});

/** Every newer shape: weighted choice, partial answers, alternatives and the four newer types. */
export const newQuestionArb: fc.Arbitrary<StoredQuestion> = fc.oneof(
  weightedSingleArb,
  weightedMultipleArb,
  partialShortArb,
  alternativesNumericArb,
  matchingArb,
  orderingArb,
  clozeArb,
  descriptionArb,
);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** An answer to the question, often right, often partly right, sometimes nonsense. */
export function newAnswerFor(question: StoredQuestion): fc.Arbitrary<AnswerValue | null> {
  const optionIds = (question.options ?? []).map((o) => o.id);
  switch (question.type) {
    case 'single_choice':
      return maybe(
        fc
          .constantFrom(...optionIds, 'zz')
          .map((optionId): AnswerValue => ({ type: 'single_choice', optionId })),
      );
    case 'multiple_response':
      return maybe(
        fc
          .array(fc.constantFrom(...optionIds, 'zz'), { maxLength: optionIds.length + 2 })
          .map((ids): AnswerValue => ({ type: 'multiple_response', optionIds: ids })),
      );
    case 'short_answer':
      return maybe(
        fc
          .constantFrom(...words, '', '  ')
          .map((text): AnswerValue => ({ type: 'short_answer', text })),
      );
    case 'numeric':
      return maybe(
        fc
          .oneof(fc.integer({ min: -60, max: 60 }), fc.double({ noNaN: false }))
          .map((value): AnswerValue => ({ type: 'numeric', value })),
      );
    case 'matching': {
      const premises = (question.premises ?? []).map((p) => p.id);
      const responses = (question.responses ?? []).map((r) => r.id);
      return maybe(
        fc
          .array(
            fc.tuple(
              fc.constantFrom(...premises, 'px'),
              maybe(fc.constantFrom(...responses, 'rx')),
            ),
          )
          .map((pairs): AnswerValue => ({ type: 'matching', pairs: Object.fromEntries(pairs) })),
      );
    }
    case 'ordering': {
      const list = (question.items ?? []).map((i) => i.id);
      return maybe(
        fc
          .oneof(
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
            fc.array(fc.constantFrom(...list, 'ix'), { maxLength: list.length + 1 }),
          )
          .map((order): AnswerValue => ({ type: 'ordering', order })),
      );
    }
    case 'cloze': {
      const gaps = question.gaps ?? [];
      const gapAnswer = (gap: ClozeGap) =>
        gap.kind === 'choice'
          ? fc.constantFrom(...(gap.options ?? []).map((o) => o.id), 'ox')
          : gap.kind === 'text'
            ? fc.constantFrom(...words, '', ' ')
            : fc.oneof(
                fc.integer({ min: -60, max: 60 }).map(String),
                fc.constantFrom('1,5', 'abc', '', '0x10', 'Infinity', '−3'),
              );
      return maybe(
        fc
          .tuple(...gaps.map((g) => fc.tuple(fc.constant(g.id), maybe(gapAnswer(g)))))
          .chain((entries) => fc.subarray(entries))
          .map((entries): AnswerValue => ({ type: 'cloze', gaps: Object.fromEntries(entries) })),
      );
    }
    default:
      return fc.constant(null);
  }
}
