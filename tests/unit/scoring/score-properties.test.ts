import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '@shared/domain/questions';
import { scoreAnswer, scoreAttempt } from '@shared/scoring/index';
import { answerArb, answerFor, marksArb, questionArb } from './arbitraries';

const options = { negativeMarking: false };

const itemArb = questionArb.chain((question) =>
  fc.record({
    question: fc.constant(question),
    answer: fc.oneof(answerFor(question), answerArb),
    marks: marksArb,
  }),
);

describe('scorer properties', () => {
  it('scores every answer within [0, marks] without negative marking', () => {
    fc.assert(
      fc.property(itemArb, ({ question, answer, marks }) => {
        const s = scoreAnswer(question, answer, marks, options);
        // A pending answer has no marks yet; every other one is within bounds.
        expect(s.marksObtained === null ? s.needsManualGrading : s.marksObtained >= 0).toBe(true);
        expect(s.marksObtained ?? 0).toBeLessThanOrEqual(marks);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps single answers within [-marks, marks] and the attempt total within [0, total] with negative marking', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 20 }), (items) => {
        const neg = { negativeMarking: true };
        for (const { question, answer, marks } of items) {
          const s = scoreAnswer(question, answer, marks, neg);
          expect(s.marksObtained ?? 0).toBeGreaterThanOrEqual(-marks);
          expect(s.marksObtained ?? 0).toBeLessThanOrEqual(marks);
        }
        const total = scoreAttempt(items, neg);
        expect(total.score).toBeGreaterThanOrEqual(0);
        expect(total.score).toBeLessThanOrEqual(total.totalMarks);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not change a score when the options are shown in another order', () => {
    fc.assert(
      fc.property(
        itemArb.filter((i) => i.question.options !== null),
        fc.integer(),
        ({ question, answer, marks }, seed) => {
          const reordered = {
            ...question,
            options: fc.sample(
              fc.shuffledSubarray(question.options!, {
                minLength: question.options!.length,
              }),
              { seed, numRuns: 1 },
            )[0]!,
          };
          const reversedAnswer: AnswerValue | null =
            answer?.type === 'multiple_response'
              ? { ...answer, optionIds: [...answer.optionIds].reverse() }
              : answer;
          for (const negativeMarking of [false, true]) {
            expect(scoreAnswer(reordered, reversedAnswer, marks, { negativeMarking })).toEqual(
              scoreAnswer(question, answer, marks, { negativeMarking }),
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: scoring again gives the same result', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 15 }), fc.boolean(), (items, negativeMarking) => {
        const first = scoreAttempt(items, { negativeMarking });
        const second = scoreAttempt(items, { negativeMarking });
        expect(second).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('totals to the sum of the answers (floored at 0) and the sum of the marks', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 25 }), fc.boolean(), (items, negativeMarking) => {
        const result = scoreAttempt(items, { negativeMarking });
        const sum = result.answers.reduce((s, a) => s + (a.marksObtained ?? 0), 0);
        expect(result.score).toBeCloseTo(Math.max(0, sum), 5);
        expect(result.totalMarks).toBeCloseTo(
          items.reduce((s, i) => s + i.marks, 0),
          5,
        );
        expect(result.answers).toHaveLength(items.length);
        expect(result.pendingCount).toBe(result.answers.filter((a) => a.needsManualGrading).length);
        expect(result.status).toBe(result.pendingCount > 0 ? 'needs_grading' : 'graded');
      }),
      { numRuns: 1000 },
    );
  });

  it('gives full marks exactly when the answer is marked correct', () => {
    fc.assert(
      fc.property(itemArb, ({ question, answer, marks }) => {
        const s = scoreAnswer(question, answer, marks, options);
        const full = s.marksObtained === marks;
        // Correct means full marks; a wrong answer to a question worth marks earns less than full.
        expect(s.isCorrect === true ? full : true).toBe(true);
        expect(s.isCorrect === false && marks > 0 ? !full : true).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
