import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionContentSchema } from '@shared/domain/questions';
import { legacyQuestionContentSchema, legacyQuestionTypes } from './legacy-question-schema';

const issuesOf = (r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (r.error?.issues ?? []).map((i) => ({ path: i.path.map(String), message: i.message }));

const todays = [
  {
    type: 'single_choice',
    text: 'What is the capital of Australia?',
    options: [
      { id: 'a', text: 'Sydney' },
      { id: 'b', text: 'Canberra' },
    ],
    key: { optionId: 'b' },
    marks: 2,
  },
  {
    type: 'multiple_response',
    text: 'Select the primes',
    options: [
      { id: 'a', text: '2' },
      { id: 'b', text: '9' },
      { id: 'c', text: '13' },
    ],
    key: { optionIds: ['a', 'c'] },
    marks: 3,
    difficulty: 'medium',
    tags: ['maths'],
  },
  { type: 'true_false', text: 'Light is faster than sound.', key: { value: true }, marks: 1 },
  {
    type: 'short_answer',
    text: 'Name the largest planet.\nOne word.',
    key: { accepted: ['Jupiter'] },
    marks: 1.5,
  },
  {
    type: 'numeric',
    text: 'What is 22 / 7 to two decimal places?',
    key: { value: 3.14, tolerance: 0.005 },
    marks: 2,
  },
  {
    type: 'essay',
    text: 'Discuss the causes of the First World War.',
    key: null,
    marks: 10,
    settings: { minWords: 100, maxWords: 500 },
  },
];

describe("today's six question types", () => {
  it('parse to exactly what they parsed to before, with no new fields', () => {
    for (const q of todays) {
      expect(questionContentSchema.parse(q)).toStrictEqual(legacyQuestionContentSchema.parse(q));
    }
    expect(questionContentSchema.parse(todays[0])).toStrictEqual({
      type: 'single_choice',
      text: 'What is the capital of Australia?',
      options: [
        { id: 'a', text: 'Sydney' },
        { id: 'b', text: 'Canberra' },
      ],
      key: { optionId: 'b' },
      marks: 2,
      difficulty: null,
      tags: [],
      settings: {},
    });
    expect(questionContentSchema.parse(todays[4])).toStrictEqual({
      type: 'numeric',
      text: 'What is 22 / 7 to two decimal places?',
      options: null,
      key: { value: 3.14, tolerance: 0.005, toleranceMode: 'absolute' },
      marks: 2,
      difficulty: null,
      tags: [],
      settings: {},
    });
  });

  it('round-trip: parsing the parsed question again changes nothing', () => {
    for (const q of todays) {
      const once = questionContentSchema.parse(q);
      expect(questionContentSchema.parse(once)).toStrictEqual(once);
    }
  });

  // Mostly well-formed, sometimes not: both must come out the same as before.
  const sometimes = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
    fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: bad });
  const idArb = sometimes(fc.constantFrom('a', 'b', 'c'), fc.constantFrom(' ', '', 'z'));
  const goodOptions = fc
    .shuffledSubarray(['a', 'b', 'c', 'd'], { minLength: 2 })
    .map((list) => list.map((id) => ({ id, text: `Option ${id}` })));
  const optionsArb = sometimes(
    goodOptions,
    fc.array(fc.record({ id: idArb, text: fc.constantFrom('A', ' ') }), { maxLength: 3 }),
  );
  const keyFor: Record<(typeof legacyQuestionTypes)[number], fc.Arbitrary<unknown>> = {
    single_choice: fc.record({ optionId: idArb }),
    multiple_response: fc.record({ optionIds: fc.array(idArb, { maxLength: 4 }) }),
    true_false: fc.record({ value: fc.boolean() }),
    short_answer: fc.record(
      {
        accepted: fc.array(
          sometimes(fc.constantFrom('x', 'Jupiter', ' padded '), fc.constant(' ')),
          { maxLength: 3 },
        ),
        caseSensitive: fc.boolean(),
      },
      { requiredKeys: ['accepted'] },
    ),
    numeric: fc.record(
      {
        value: sometimes(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant('3')),
        tolerance: fc.double({ min: -0.5, max: 5, noNaN: true }),
        toleranceMode: sometimes(fc.constantFrom('absolute', 'relative'), fc.constant('percent')),
      },
      { requiredKeys: ['value', 'tolerance'] },
    ),
    essay: fc.constant(null),
  };
  const anyKey = fc.oneof(...Object.values(keyFor));
  const oldStyleArb = fc.constantFrom(...legacyQuestionTypes).chain((type) =>
    fc.record(
      {
        type: fc.constant(type),
        text: sometimes(fc.constantFrom('Q?', ' A question with spaces '), fc.constant('  ')),
        options:
          type === 'single_choice' || type === 'multiple_response'
            ? optionsArb
            : sometimes(fc.constant(null), optionsArb),
        key: sometimes(keyFor[type], anyKey),
        marks: sometimes(
          fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 5, noNaN: true })),
          fc.constant(-1),
        ),
        difficulty: sometimes(fc.constantFrom('easy', 'medium', 'hard', null), fc.constant('x')),
        tags: fc.array(sometimes(fc.constantFrom('maths', 'x'), fc.constant(' ')), {
          maxLength: 3,
        }),
        settings: fc.record(
          {
            minWords: fc.integer({ min: -1, max: 600 }),
            maxWords: fc.integer({ min: 0, max: 600 }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['type', 'text', 'key', 'marks'] },
    ),
  );

  it('agree with the old schema on any old-style input: same result, same issues', () => {
    fc.assert(
      fc.property(oldStyleArb, (input) => {
        const now = questionContentSchema.safeParse(input);
        const before = legacyQuestionContentSchema.safeParse(input);
        expect(now.success).toBe(before.success);
        // Valid: the same question; invalid: the same issues, in the same order.
        expect(now.success ? now.data : issuesOf(now)).toStrictEqual(
          before.success ? before.data : issuesOf(before),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
