import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examQuestionOf } from '@shared/delivery/exam-view';
import type { StoredQuestion } from '@shared/domain/bank';
import { questionContentSchema, type AnswerValue } from '@shared/domain/questions';
import type { ReviewRelease } from '@shared/domain/tests';
import { feedbackOutcome } from '@shared/review/feedback';
import { attemptReview, questionReview, reviewVisible } from '@shared/review/question-review';
import { scoreAnswer } from '@shared/scoring/index';
import { cloze, description, weightedMultiple } from '../domain/new-type-fixtures';
import { newAnswerFor, newQuestionArb } from '../scoring/new-arbitraries';

const stored = (raw: unknown): StoredQuestion => questionContentSchema.parse(raw);
const scoring = { negativeMarking: false };
const paper = { seed: 'review-seed', shuffled: false };

function reviewOf(question: StoredQuestion, answer: AnswerValue | null, release: ReviewRelease) {
  const view = examQuestionOf(
    { questionId: 'q1', versionId: 'v1', marks: question.marks, optionOrder: null },
    question,
    1,
    paper,
  );
  const score = scoreAnswer(question, answer, view.marks, scoring);
  return questionReview({ view, question, answer, score, release, scoring });
}

const multi = stored({
  ...weightedMultiple,
  feedback: {
    general: 'Primes have two divisors.',
    correct: 'All right.',
    partial: 'Some right.',
    incorrect: 'Not quite.',
    perOption: { a: '2 is the even prime.', d: '9 = 3 × 3.', b: '   ' },
  },
});

describe('the per-question review', () => {
  it('holds nothing when the test releases no review', () => {
    expect(reviewOf(multi, { type: 'multiple_response', optionIds: ['a'] }, 'none')).toBeNull();
  });

  it('holds the answer, marks, key and parts, and no feedback, when only answers are released', () => {
    const review = reviewOf(multi, { type: 'multiple_response', optionIds: ['a', 'b'] }, 'answers');
    expect(review).toMatchObject({
      answer: { type: 'multiple_response', optionIds: ['a', 'b'] },
      marksObtained: 2,
      isCorrect: false,
      needsManualGrading: false,
      key: { type: 'multiple_response', key: { optionIds: ['a', 'b', 'c'] } },
      parts: null,
      feedback: null,
    });
    expect(review?.question.options?.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('picks the feedback that fits the answer when feedback is released too', () => {
    const partial = reviewOf(
      multi,
      { type: 'multiple_response', optionIds: ['a', 'b', 'd'] },
      'answers_and_feedback',
    );
    expect(partial?.feedback).toEqual({
      general: 'Primes have two divisors.',
      outcome: 'incorrect',
      outcomeText: 'Not quite.',
      perOption: [
        { optionId: 'a', text: '2 is the even prime.' },
        { optionId: 'd', text: '9 = 3 × 3.' },
      ],
      perAnswer: null,
      perGap: [],
    });
    const right = reviewOf(
      multi,
      { type: 'multiple_response', optionIds: ['a', 'b', 'c'] },
      'answers_and_feedback',
    );
    expect(right?.feedback).toMatchObject({ outcome: 'correct', outcomeText: 'All right.' });
    const blank = reviewOf(multi, null, 'answers_and_feedback');
    expect(blank?.feedback).toMatchObject({ outcome: null, outcomeText: null, perOption: [] });
  });

  it('matches per-answer feedback as the scorer compares answers', () => {
    const short = stored({
      type: 'short_answer',
      text: 'Colour?',
      marks: 1,
      key: { accepted: ['colour'], partial: [{ answer: 'color', credit: 0.5 }] },
      feedback: { perAnswer: [{ answer: 'Color', text: 'That is the US spelling.' }] },
    });
    expect(
      reviewOf(short, { type: 'short_answer', text: ' COLOR ' }, 'answers_and_feedback')?.feedback,
    ).toMatchObject({ outcome: 'partial', perAnswer: 'That is the US spelling.' });
    const numeric = stored({
      type: 'numeric',
      text: 'g?',
      marks: 1,
      key: {
        value: 9.81,
        tolerance: 0.05,
        alternatives: [{ value: 10, tolerance: 0.5, credit: 0.5 }],
      },
      feedback: {
        perAnswer: [
          { answer: '10', text: 'Rounded too far.' },
          { answer: '9.81', text: 'Exactly.' },
        ],
      },
    });
    const say = (value: number) =>
      reviewOf(numeric, { type: 'numeric', value }, 'answers_and_feedback')?.feedback?.perAnswer;
    expect(say(10.3)).toBe('Rounded too far.');
    expect(say(9.8)).toBe('Exactly.');
    expect(say(7)).toBeNull();
  });

  it('reviews a cloze gap by gap, with per-gap feedback', () => {
    const q = stored({ ...cloze, feedback: { perGap: { c: 'Lima is on the coast.' } } });
    const review = reviewOf(
      q,
      { type: 'cloze', gaps: { t: '100', c: 'quito', s: 'Lima' } },
      'answers_and_feedback',
    );
    expect(review?.parts?.map((p) => [p.partId, p.marksObtained])).toEqual([
      ['t', 1],
      ['c', 0],
      ['s', 1],
    ]);
    expect(review?.key?.type).toBe('cloze');
    expect(review?.feedback?.perGap).toEqual([{ gapId: 'c', text: 'Lima is on the coast.' }]);
    expect(review?.feedback?.outcome).toBe('partial');
  });

  it('shows a description as it was, with nothing to mark', () => {
    expect(reviewOf(stored(description), null, 'answers_and_feedback')).toMatchObject({
      answer: null,
      marksObtained: null,
      key: null,
      feedback: null,
    });
  });

  it('never carries feedback without its release, nor anything without a release', () => {
    fc.assert(
      fc.property(
        newQuestionArb.chain((q) => fc.tuple(fc.constant(q), newAnswerFor(q))),
        ([question, answer]) => {
          expect(reviewOf(question, answer, 'none')).toBeNull();
          expect(reviewOf(question, answer, 'answers')?.feedback).toBeNull();
          const full = reviewOf(question, answer, 'answers_and_feedback');
          expect(full?.question.type).toBe(question.type);
          expect(JSON.stringify(full?.question)).not.toContain('"key"');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('when the review may be shown', () => {
  it('needs a release and a visible score', () => {
    expect(reviewVisible('answers', 'immediately', 'auto_graded')).toBe(true);
    expect(reviewVisible('none', 'immediately', 'auto_graded')).toBe(false);
    expect(reviewVisible('answers_and_feedback', 'never', 'graded')).toBe(false);
    expect(reviewVisible('answers', 'after_grading', 'needs_grading')).toBe(false);
    expect(reviewVisible('answers', 'immediately', 'in_progress')).toBe(false);
  });

  it('builds the whole attempt’s review only when it may be shown', () => {
    const question = multi;
    const view = examQuestionOf(
      { questionId: 'q1', versionId: 'v1', marks: 3, optionOrder: null },
      question,
      1,
      paper,
    );
    const answer: AnswerValue = { type: 'multiple_response', optionIds: ['a'] };
    const items = [{ view, question, answer, score: scoreAnswer(question, answer, 3, scoring) }];
    const settings = { showScore: 'immediately' as const, attemptStatus: 'graded', scoring };
    expect(attemptReview(items, { ...settings, release: 'none' })).toBeNull();
    expect(
      attemptReview(items, { ...settings, release: 'answers', showScore: 'never' }),
    ).toBeNull();
    expect(attemptReview(items, { ...settings, release: 'answers' })).toHaveLength(1);
  });

  it('names the outcome by the marks: full, some, none', () => {
    const answer: AnswerValue = { type: 'true_false', value: true };
    const at = (marksObtained: number | null) =>
      feedbackOutcome(
        answer,
        { isCorrect: null, marksObtained, needsManualGrading: marksObtained === null },
        2,
      );
    expect([at(2), at(1), at(0), at(-1), at(null)]).toEqual([
      'correct',
      'partial',
      'incorrect',
      'incorrect',
      null,
    ]);
  });
});
