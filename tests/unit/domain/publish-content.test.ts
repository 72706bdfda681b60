import { describe, expect, it } from 'vitest';
import type { StoredQuestion } from '@shared/domain/bank';
import { publishProblems } from '@shared/domain/publish-rules';
import { questionContentSchema } from '@shared/domain/questions';
import type { TestDetail } from '@shared/domain/tests';
import { description, matching } from './new-type-fixtures';

const hash = 'c'.repeat(64);

function testOf(entries: { questionId: string; marks: number }[]): TestDetail {
  return {
    id: 't',
    name: 'T',
    description: null,
    status: 'draft',
    timerMinutes: null,
    shuffle: false,
    allowReview: true,
    attemptsAllowed: 1,
    availableFrom: null,
    availableUntil: null,
    startCodeRequired: false,
    showScore: 'immediately',
    negativeMarking: false,
    passMark: null,
    expectedTotalMarks: null,
    reviewRelease: 'none',
    orderingCredit: 'all_or_nothing',
    sealed: false,
    version: 1,
    questionCount: entries.length,
    totalMarks: entries.reduce((s, e) => s + e.marks, 0),
    publishedAt: null,
    createdAt: null,
    updatedAt: null,
    questions: entries.map((e, i) => ({
      id: `tq${i}`,
      questionId: e.questionId,
      questionVersionId: null,
      position: i + 1,
      marks: e.marks,
      groupId: null,
      type: 'essay',
      text: '',
      difficulty: null,
      hasKey: true,
    })),
  };
}

const bankOf = (questions: Record<string, unknown>) =>
  new Map(
    Object.entries(questions).map(([id, raw]) => [
      id,
      { ...(questionContentSchema.parse(raw) as StoredQuestion), deletedAt: null },
    ]),
  );

describe('publishing a test with the newer content', () => {
  it('lets a description carry no marks, and refuses one that carries some', () => {
    const bank = bankOf({ d: description, m: matching });
    expect(
      publishProblems(
        testOf([
          { questionId: 'd', marks: 0 },
          { questionId: 'm', marks: 2 },
        ]),
        bank,
        0,
      ),
    ).toEqual([]);
    expect(
      publishProblems(
        testOf([
          { questionId: 'd', marks: 3 },
          { questionId: 'm', marks: 2 },
        ]),
        bank,
        0,
      ),
    ).toEqual([
      {
        field: 'questions.0.marks',
        message: 'question 1 is a description, which carries no marks',
      },
    ]);
  });

  it('refuses an image with no alt text in any rich field, naming the field', () => {
    const bank = bankOf({
      m: {
        ...matching,
        format: 'html',
        text: `<p>Match <img src="media:${hash}" alt="a map of Europe"></p>`,
        responses: [
          { id: 'r1', text: `<img src="media:${hash}">` },
          { id: 'r2', text: 'Tokyo' },
        ],
        key: { pairs: { p1: 'r1', p2: 'r2' } },
      },
    });
    expect(publishProblems(testOf([{ questionId: 'm', marks: 2 }]), bank, 0)).toEqual([
      {
        field: 'questions.0.responses.0.text',
        message:
          'question 1 has an image with no alt text; describe it for students who cannot see it',
      },
    ]);
  });
});
