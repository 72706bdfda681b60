import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SummaryReader, summariseAnswers } from '@shared/analysis/answer-summary';
import {
  analyseItems,
  type AnalysisAttempt,
  type AnalysisQuestion,
} from '@shared/analysis/item-analysis';
import { AnswerColumnsBuilder } from '@shared/analysis/answer-columns';
import { analyseItemColumns } from '@shared/analysis/item-analysis';
import type { AnswerValue } from '@shared/domain/questions';
import { analyseItemsBefore } from '../../oracles/item-analysis-before';
import { dataset as handDataset, es, questions as handQuestions } from './hand-dataset';

const optionIds = ['a', 'b', 'c', 'd'];

const questionArb = (i: number): fc.Arbitrary<AnalysisQuestion> =>
  fc.record({
    questionId: fc.constant(`q${i}`),
    position: fc.constant(i + 1),
    type: fc.constantFrom(
      'single_choice',
      'multiple_response',
      'true_false',
      'essay',
      'numeric',
      'short_answer',
    ),
    text: fc.constant(`Question ${i}`),
    options: fc.constant(optionIds.map((id) => ({ id, text: id.toUpperCase() }))),
    keyed: fc.subarray(['a', 'b', 'c', 'd', 'true', 'false'], { maxLength: 2 }),
    // Shares that are not sums of halves, so every sum rounds and the order of adding shows.
    maxMarks: fc.constantFrom(1, 2, 3, 5, 2.5, 0.7, 0),
  });

const answerArb: fc.Arbitrary<AnswerValue | null> = fc.oneof(
  fc.constant(null),
  fc
    .constantFrom(...optionIds, 'zz')
    .map((optionId) => ({ type: 'single_choice', optionId }) as const),
  fc
    .array(fc.constantFrom(...optionIds), { maxLength: 4 })
    .map((optionIds) => ({ type: 'multiple_response', optionIds }) as const),
  fc.boolean().map((value) => ({ type: 'true_false', value }) as const),
  fc.constantFrom('', '  \n', 'words').map((text) => ({ type: 'essay', text }) as const),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((value) => ({ type: 'numeric', value }) as const),
);

/** Marks as scoring gives them: whole, partial (thirds, sevenths), negative, or waiting (null). */
const marksArb = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1, max: 5 }),
  fc.integer({ min: 0, max: 21 }).map((n) => n / 7),
  fc.integer({ min: 0, max: 9 }).map((n) => (n / 3) * 2.5),
);

const datasetArb = fc
  .integer({ min: 1, max: 7 })
  .chain((qCount) =>
    fc.record({
      questions: fc.tuple(...Array.from({ length: qCount }, (_, i) => questionArb(i))),
      attempts: fc.array(
        fc.record({
          // Few ids, so the ranking often falls back on them to break ties.
          attemptId: fc.constantFrom('x1', 'x2', 'A3', 'b4', 'é5', 'x10', 'x9', 'Z'),
          answers: fc.array(
            fc.tuple(fc.integer({ min: 0, max: qCount + 1 }), answerArb, marksArb),
            { maxLength: qCount + 2 },
          ),
          paper: fc.option(fc.subarray(Array.from({ length: qCount }, (_, i) => `q${i}`)), {
            nil: undefined,
          }),
        }),
        { maxLength: 60 },
      ),
    }),
  )
  .map(({ questions, attempts }) => ({
    questions,
    // Attempt ids are unique in the database: the generated ones are made so by position.
    attempts: attempts.map((a, i): AnalysisAttempt => ({
      attemptId: `${a.attemptId}-${i % 7}-${i}`,
      answers: new Map(a.answers.map(([q, answer, marks]) => [`q${q}`, { answer, marks }])),
      paper: a.paper ? new Set(a.paper) : undefined,
    })),
  }));

describe('item analysis on columns against the analysis it replaced', () => {
  it('gives the same figures on random tests and attempts', () => {
    fc.assert(
      fc.property(datasetArb, ({ questions, attempts }) => {
        expect(analyseItems('t', questions, attempts)).toEqual(
          analyseItemsBefore('t', questions, attempts),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same figures when every attempt is read back from its stored summary', () => {
    fc.assert(
      fc.property(datasetArb, ({ questions, attempts }) => {
        expect(throughSummaries(questions, attempts)).toEqual(
          analyseItemsBefore('t', questions, attempts),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the hand-worked figures from stored summaries, as the analysis it replaced did', () => {
    const pending: AnalysisAttempt = {
      attemptId: 'F',
      answers: new Map([['q3', { answer: es('  '), marks: null }]]),
    };
    const withPending = [...handDataset, pending];
    const waiting = throughSummaries(handQuestions, withPending);
    expect(waiting).toEqual(analyseItemsBefore('t', handQuestions, withPending));
    expect([
      waiting.items[2]?.facility,
      waiting.items[0]?.omitted,
      waiting.items[2]?.omitted,
    ]).toEqual([0.5, 1, 1]);
    const after = throughSummaries(handQuestions, handDataset);
    expect(after).toEqual(analyseItemsBefore('t', handQuestions, handDataset));
    expect(after.items.map((i) => i.facility)).toEqual([0.4, 0.6, 0.5]);
    expect(after.items.map((i) => i.discrimination)).toEqual([1, 1, 1]);
    expect(after.items[0]?.pointBiserial).toBe(0.7035);
    expect(after.items[0]?.options?.map((o) => o.count)).toEqual([2, 2, 1]);
    expect([after.meanScore, after.sdScore, after.alpha]).toEqual([3, 2, 0.57]);
  });
});

/** Item analysis as the service computes it: each attempt's answers stored as a summary and read back. */
function throughSummaries(questions: AnalysisQuestion[], attempts: AnalysisAttempt[]) {
  const reader = new SummaryReader();
  const builder = new AnswerColumnsBuilder(questions, attempts.length);
  for (const a of attempts) {
    const summary = summariseAnswers(
      [...a.answers].map(([questionId, e]) => ({
        questionId,
        answer: e.answer === null ? null : JSON.stringify(e.answer),
        marks: e.marks,
      })),
    );
    builder.startAttempt(a.attemptId, a.paper);
    const read = summary === null ? null : reader.read(summary);
    if (!read) throw new Error(`no summary read back for ${a.attemptId}`);
    builder.addSummary(read);
  }
  return analyseItemColumns('t', questions, builder.finish());
}
