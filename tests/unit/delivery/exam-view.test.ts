import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  examQuestionOf,
  matchingResponses,
  optionsInPaperOrder,
  orderingStart,
} from '@shared/delivery/exam-view';
import type { PaperEntry } from '@shared/delivery/paper';
import type { StoredQuestion } from '@shared/domain/bank';
import { questionContentSchema } from '@shared/domain/questions';
import { cloze, description, matching, ordering } from '../domain/new-type-fixtures';

const stored = (raw: unknown): StoredQuestion => questionContentSchema.parse(raw);
const entry = (questionId: string, optionOrder: string[] | null = null): PaperEntry => ({
  questionId,
  versionId: `${questionId}-v1`,
  marks: 2,
  optionOrder,
});
const shuffledPaper = { seed: 'seed-1', shuffled: true };
const authoredPaper = { seed: 'seed-1', shuffled: false };

/** The strings of a key that must never reach the student's screen. */
const keyWords = ['"key"', '"pairs"', '"order"', '"accepted"', '"tolerance"', '"feedback"'];

describe('the exam view of a question', () => {
  it('shows a choice question in the paper’s option order, with no key, as it always did', () => {
    const q = stored({
      type: 'single_choice',
      text: 'Capital?',
      options: [
        { id: 'a', text: 'Sydney' },
        { id: 'b', text: 'Canberra' },
        { id: 'c', text: 'Perth' },
      ],
      key: { optionId: 'b' },
      marks: 1,
      feedback: { correct: 'Yes' },
    });
    expect(examQuestionOf(entry('q1', ['c', 'a']), q, 3, shuffledPaper)).toStrictEqual({
      questionId: 'q1',
      versionId: 'q1-v1',
      number: 3,
      type: 'single_choice',
      text: 'Capital?',
      options: [
        { id: 'c', text: 'Perth' },
        { id: 'a', text: 'Sydney' },
        { id: 'b', text: 'Canberra' },
      ],
      marks: 2,
      settings: {},
      format: 'plain',
    });
    expect(optionsInPaperOrder(q.options!, null)).toEqual(q.options);
  });

  it('shows matching premises as written and responses in a seeded order, with no pairs', () => {
    const q = stored(matching);
    const view = examQuestionOf(entry('m1'), q, 1, authoredPaper);
    expect(view.premises).toEqual(q.premises);
    expect([...view.responses!].sort((a, b) => a.id.localeCompare(b.id))).toEqual(q.responses);
    expect(examQuestionOf(entry('m1'), q, 1, authoredPaper)).toEqual(view);
    for (const word of keyWords) expect(JSON.stringify(view)).not.toContain(word);
    const orders = new Set(
      Array.from({ length: 30 }, (_, i) =>
        matchingResponses(q.responses!, `s${i}`, 'm1')
          .map((r) => r.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(3);
  });

  it('starts an ordering question in a seeded order that is never the right one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((n) =>
          fc.tuple(
            fc.constant(Array.from({ length: n }, (_, i) => ({ id: `i${i}`, text: `item ${i}` }))),
            fc.shuffledSubarray(
              Array.from({ length: n }, (_, i) => `i${i}`),
              { minLength: n, maxLength: n },
            ),
          ),
        ),
        fc.string(),
        fc.string({ minLength: 1 }),
        ([items, rightOrder], seed, questionId) => {
          const start = orderingStart(items, rightOrder, seed, questionId);
          expect(start.map((i) => i.id)).not.toEqual(rightOrder);
          expect([...start].sort((a, b) => a.id.localeCompare(b.id))).toEqual(items);
          expect(orderingStart(items, rightOrder, seed, questionId)).toEqual(start);
        },
      ),
      { numRuns: 2000 },
    );
    const q = stored(ordering);
    const view = examQuestionOf(entry('o1'), q, 1, authoredPaper);
    expect(view.items!.map((i) => i.id)).not.toEqual(['i2', 'i3', 'i1']);
    for (const word of keyWords) expect(JSON.stringify(view)).not.toContain(word);
  });

  it('shows a cloze passage with its gaps and no keys, choice options shuffled only when the test shuffles', () => {
    const q = stored(cloze);
    const authored = examQuestionOf(entry('c1'), q, 1, authoredPaper);
    expect(authored.text).toBe(q.text);
    expect(authored.gaps).toEqual([
      { id: 't', kind: 'numeric', options: null, marks: 1 },
      {
        id: 'c',
        kind: 'choice',
        options: [
          { id: 'lima', text: 'LIMA' },
          { id: 'quito', text: 'QUITO' },
        ],
        marks: 2,
      },
      { id: 's', kind: 'text', options: null, marks: 1 },
    ]);
    for (const word of keyWords) expect(JSON.stringify(authored)).not.toContain(word);
    const orders = new Set(
      Array.from({ length: 20 }, (_, i) =>
        examQuestionOf(entry('c1'), q, 1, { seed: `s${i}`, shuffled: true })
          .gaps![1]!.options!.map((o) => o.id)
          .join(),
      ),
    );
    expect(orders).toEqual(new Set(['lima,quito', 'quito,lima']));
  });

  it('shows a description as text alone, with its group', () => {
    const view = examQuestionOf(
      { ...entry('d1'), marks: 0, groupId: 'passage-1' },
      stored({ ...description, format: 'html', text: '<p>Read this.</p>' }),
      1,
      shuffledPaper,
    );
    expect(view).toStrictEqual({
      questionId: 'd1',
      versionId: 'd1-v1',
      number: 1,
      type: 'description',
      text: '<p>Read this.</p>',
      options: null,
      marks: 0,
      settings: {},
      format: 'html',
      groupId: 'passage-1',
    });
  });
});
