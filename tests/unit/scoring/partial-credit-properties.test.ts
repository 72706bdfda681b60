import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredQuestion } from '@shared/domain/bank';
import type { AnswerValue } from '@shared/domain/questions';
import { scoreAnswer, scoreAttempt, scoreParts } from '@shared/scoring/index';
import { answerArb, answerFor, marksArb, questionArb } from './arbitraries';
import { legacyScoreAnswer } from './legacy-scorer';
import { descriptionArb, newAnswerFor, newQuestionArb } from './new-arbitraries';

const choiceTypes = new Set(['single_choice', 'multiple_response', 'true_false']);
const negativeMarkingArb = fc.boolean();
const orderingCreditArb = fc.constantFrom(
  undefined,
  'all_or_nothing' as const,
  'per_position' as const,
);
const optionsArb = fc.record({
  negativeMarking: negativeMarkingArb,
  orderingCredit: orderingCreditArb,
});

const oldItemArb = questionArb.chain((question) =>
  fc.record({
    question: fc.constant(question),
    answer: fc.oneof(answerFor(question), answerArb),
    marks: marksArb,
  }),
);
const newItemArb = newQuestionArb.chain((question) =>
  fc.record({
    question: fc.constant(question),
    answer: fc.oneof(
      { weight: 4, arbitrary: newAnswerFor(question) },
      { weight: 1, arbitrary: answerArb },
    ),
    // Marks are kept to six decimals; a test gives whole or hundredths of marks.
    marks: fc.oneof(
      marksArb,
      fc.integer({ min: 1, max: 700 }).map((n) => n / 100),
    ),
  }),
);
const anyItemArb = fc.oneof(oldItemArb, newItemArb);

const close = (a: number, b: number, tolerance: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tolerance);

function isBlank(answer: AnswerValue | null): boolean {
  if (answer === null) return true;
  switch (answer.type) {
    case 'multiple_response':
      return answer.optionIds.length === 0;
    case 'short_answer':
    case 'essay':
      return answer.text.trim() === '';
    case 'matching':
      return Object.values(answer.pairs).every((r) => r === null);
    case 'ordering':
      return answer.order.length === 0;
    case 'cloze':
      return Object.values(answer.gaps).every((g) => g === null || g.trim() === '');
    default:
      return false;
  }
}

describe('partial-credit scoring properties', () => {
  it('scores every old-style item exactly as the old scorer did, with and without negative marking', () => {
    fc.assert(
      fc.property(
        oldItemArb,
        negativeMarkingArb,
        orderingCreditArb,
        ({ question, answer, marks }, negativeMarking, orderingCredit) => {
          expect(scoreAnswer(question, answer, marks, { negativeMarking, orderingCredit })).toEqual(
            legacyScoreAnswer(question, answer, marks, { negativeMarking }),
          );
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('never scores above full marks, nor below the floor (0, or -marks for choice types with negative marking)', () => {
    fc.assert(
      fc.property(anyItemArb, optionsArb, ({ question, answer, marks }, options) => {
        const s = scoreAnswer(question, answer, marks, options);
        const floor = options.negativeMarking && choiceTypes.has(question.type) ? -marks : 0;
        // A pending answer has no marks yet; every other one is within bounds.
        expect(s.marksObtained === null ? s.needsManualGrading : s.marksObtained >= floor).toBe(
          true,
        );
        expect(s.marksObtained ?? 0).toBeLessThanOrEqual(marks);
      }),
      { numRuns: 4000 },
    );
  });

  it('gives full marks exactly when the answer is marked correct', () => {
    fc.assert(
      fc.property(newItemArb, optionsArb, ({ question, answer, marks }, options) => {
        const s = scoreAnswer(question, answer, marks, options);
        const full = s.marksObtained === marks;
        expect(s.isCorrect === true ? full : true).toBe(true);
        expect(s.isCorrect === false && marks > 0 ? !full : true).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never costs marks for a blank answer', () => {
    fc.assert(
      fc.property(
        anyItemArb.filter((i) => isBlank(i.answer)),
        optionsArb,
        ({ question, answer, marks }, options) => {
          expect(scoreAnswer(question, answer, marks, options).marksObtained ?? 0).toBe(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('adds the parts of matching, ordering and cloze answers up to the answer’s marks', () => {
    const partsArb = newItemArb.filter((i) =>
      ['matching', 'ordering', 'cloze'].includes(i.question.type),
    );
    fc.assert(
      fc.property(partsArb, optionsArb, ({ question, answer, marks }, options) => {
        const parts = scoreParts(question, answer, marks, options);
        expect(parts).not.toBeNull();
        const s = scoreAnswer(question, answer, marks, options);
        const obtained = parts!.reduce((sum, p) => sum + p.marksObtained, 0);
        const worth = parts!.reduce((sum, p) => sum + p.fullMarks, 0);
        close(worth, marks, 1e-5);
        close(s.marksObtained ?? 0, obtained, 1e-5);
        for (const p of parts!) {
          expect(p.marksObtained).toBeGreaterThanOrEqual(0);
          expect(p.marksObtained).toBeLessThanOrEqual(p.fullMarks);
          // A part is right exactly when it earns its full marks.
          const full = p.marksObtained === p.fullMarks;
          expect(p.isCorrect ? full : p.fullMarks === 0 || !full).toBe(true);
        }
        // An answered question is right exactly when every part is.
        const answered = !isBlank(answer) && answer?.type === question.type;
        expect(answered ? s.isCorrect === parts!.every((p) => p.isCorrect) : true).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives an ordering per position at least what all-or-nothing gives, and all-or-nothing only 0 or full', () => {
    const orderingItems = newItemArb.filter((i) => i.question.type === 'ordering');
    fc.assert(
      fc.property(orderingItems, ({ question, answer, marks }) => {
        const whole = scoreAnswer(question, answer, marks, {
          negativeMarking: true,
          orderingCredit: 'all_or_nothing',
        });
        const perPosition = scoreAnswer(question, answer, marks, {
          negativeMarking: true,
          orderingCredit: 'per_position',
        });
        expect([0, marks]).toContain(whole.marksObtained);
        expect(perPosition.marksObtained!).toBeGreaterThanOrEqual(whole.marksObtained!);
        expect(perPosition.isCorrect).toBe(whole.isCorrect);
      }),
      { numRuns: 1500 },
    );
  });

  it('never scores a description, and leaves it out of the total marks', () => {
    fc.assert(
      fc.property(
        fc.array(anyItemArb, { maxLength: 12 }),
        fc.array(
          fc.record({
            question: descriptionArb,
            answer: answerArb,
            marks: marksArb,
            manualMarks: fc.option(marksArb),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.integer({ min: 0, max: 12 }),
        optionsArb,
        (items, descriptions, at, options) => {
          const withDescriptions = [...items.slice(0, at), ...descriptions, ...items.slice(at)];
          const plain = scoreAttempt(items, options);
          const mixed = scoreAttempt(withDescriptions, options);
          expect(mixed.score).toBe(plain.score);
          expect(mixed.totalMarks).toBe(plain.totalMarks);
          expect(mixed.pendingCount).toBe(plain.pendingCount);
          expect(mixed.answers).toHaveLength(withDescriptions.length);
          for (const d of descriptions) {
            expect(scoreAnswer(d.question, d.answer, d.marks, options)).toEqual({
              isCorrect: null,
              marksObtained: 0,
              needsManualGrading: false,
            });
          }
        },
      ),
      { numRuns: 800 },
    );
  });

  it('keeps the attempt total within [0, total marks] over every kind of item', () => {
    fc.assert(
      fc.property(fc.array(anyItemArb, { maxLength: 20 }), optionsArb, (items, options) => {
        const total = scoreAttempt(items, options);
        const scored = items.filter(
          (i: { question: StoredQuestion }) => i.question.type !== 'description',
        );
        close(
          total.totalMarks,
          scored.reduce((s, i) => s + i.marks, 0),
          1e-5,
        );
        expect(total.score).toBeGreaterThanOrEqual(0);
        expect(total.score).toBeLessThanOrEqual(total.totalMarks + 1e-9);
      }),
      { numRuns: 1000 },
    );
  });
});
