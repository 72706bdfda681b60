import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { examQuestionOf } from '@shared/delivery/exam-view';
import type { StoredQuestion } from '@shared/domain/bank';
import { questionContentSchema, type AnswerValue } from '@shared/domain/questions';
import type { ReviewRelease } from '@shared/domain/tests';
import { questionReview, type QuestionReview } from '@shared/review/question-review';
import { scoreAnswer } from '@shared/scoring/index';
import { AttemptReview, QuestionReviewCard } from '@renderer/exams/review/QuestionReviewCard';

const paper = { seed: 'review-card', shuffled: false };
const scoring = { negativeMarking: false, orderingCredit: 'per_position' as const };

/** A review built the way main builds it: the stored question, its exam view, the real scorer. */
function reviewOf(
  raw: unknown,
  answer: AnswerValue | null,
  release: ReviewRelease = 'answers_and_feedback',
  number = 1,
): QuestionReview {
  const question: StoredQuestion = questionContentSchema.parse(raw);
  const view = examQuestionOf(
    { questionId: `q${number}`, versionId: `v${number}`, marks: question.marks, optionOrder: null },
    question,
    number,
    paper,
  );
  const score = scoreAnswer(question, answer, view.marks, scoring);
  const review = questionReview({ view, question, answer, score, release, scoring });
  if (!review) throw new Error('the review was not released');
  return review;
}

const card = (review: QuestionReview) => {
  render(<QuestionReviewCard review={review} />);
  return screen.getByRole('article', { name: `Question ${review.question.number}` });
};

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent));

const primes = {
  type: 'multiple_response',
  text: 'Pick the primes.',
  options: [
    { id: 'a', text: '2' },
    { id: 'b', text: '3' },
    { id: 'c', text: '4' },
  ],
  key: { optionIds: ['a', 'b'], weights: { a: 0.5, b: 0.5, c: -1 } },
  marks: 2,
  feedback: {
    general: 'A prime has exactly two divisors.',
    partial: 'Some of them.',
    perOption: { a: '2 is the only even prime.', c: '4 = 2 × 2.' },
  },
};

describe('the per-question review', () => {
  it('marks each option in words, shows what a partly right option is worth, and the feedback that fits', () => {
    const article = card(reviewOf(primes, { type: 'multiple_response', optionIds: ['a'] }));
    expect(within(article).getByText('Partly correct')).toBeTruthy();
    expect(article.querySelector('.review-card__marks')?.textContent).toBe(' · 1 / 2 marks');
    const [two, three, four] = within(article).getAllByRole('listitem');
    expect(within(two!).getByText('Your answer')).toBeTruthy();
    expect(within(two!).getByText('Correct answer')).toBeTruthy();
    expect(within(two!).getByText('Worth 50 %')).toBeTruthy();
    expect(within(two!).getByText('2 is the only even prime.')).toBeTruthy();
    expect(within(three!).queryByText('Your answer')).toBeNull();
    expect(within(three!).getByText('Correct answer')).toBeTruthy();
    // Feedback on an option shows only where the student chose it.
    expect(within(four!).queryByText('4 = 2 × 2.')).toBeNull();
    const feedback = within(article).getByRole('region', { name: 'Feedback' });
    expect(
      Array.from(feedback.querySelectorAll('.review-card__feedback-text')).map(
        (p) => p.textContent,
      ),
    ).toEqual(['Some of them.', 'A prime has exactly two divisors.']);
  });

  it('shows no feedback when the test releases only the answers', () => {
    const article = card(
      reviewOf(primes, { type: 'multiple_response', optionIds: ['a', 'c'] }, 'answers'),
    );
    expect(within(article).getByText('Incorrect')).toBeTruthy();
    expect(within(article).queryByRole('region', { name: 'Feedback' })).toBeNull();
    expect(within(article).queryByText('2 is the only even prime.')).toBeNull();
    expect(within(article).getAllByText('Correct answer')).toHaveLength(2);
  });

  it('matching: each premise with the response given, the right one and its marks', () => {
    const review = reviewOf(
      {
        type: 'matching',
        text: 'Match each country to its capital.',
        premises: [
          { id: 'fr', text: 'France' },
          { id: 'jp', text: 'Japan' },
        ],
        responses: [
          { id: 'paris', text: 'Paris' },
          { id: 'tokyo', text: 'Tokyo' },
          { id: 'lima', text: 'Lima' },
        ],
        key: { pairs: { fr: 'paris', jp: 'tokyo' } },
        marks: 2,
      },
      { type: 'matching', pairs: { fr: 'paris', jp: 'lima' } },
    );
    const article = card(review);
    expect(rows(within(article).getByRole('table'))).toEqual([
      ['France', 'Paris', 'Paris', 'Right 1 / 1 mark'],
      ['Japan', 'Lima', 'Tokyo', 'Wrong 0 / 1 mark'],
    ]);
    expect(within(article).getByText('Partly correct')).toBeTruthy();
  });

  it('ordering: each position with the student’s item and the right one, marked per position', () => {
    const article = card(
      reviewOf(
        {
          type: 'ordering',
          text: 'Put the planets in order from the Sun.',
          items: [
            { id: 'mars', text: 'Mars' },
            { id: 'mercury', text: 'Mercury' },
            { id: 'earth', text: 'Earth' },
          ],
          key: { order: ['mercury', 'earth', 'mars'] },
          marks: 3,
        },
        { type: 'ordering', order: ['mercury', 'mars', 'earth'] },
      ),
    );
    expect(rows(within(article).getByRole('table'))).toEqual([
      ['1', 'Mercury', 'Mercury', 'Right 1 / 1 mark'],
      ['2', 'Mars', 'Earth', 'Wrong 0 / 1 mark'],
      ['3', 'Earth', 'Mars', 'Wrong 0 / 1 mark'],
    ]);
  });

  it('cloze: the passage with its gaps numbered, and each gap’s answer, key, marks and feedback', () => {
    const article = card(
      reviewOf(
        {
          type: 'cloze',
          text: 'Water boils at {{gap:t}} °C in {{gap:c}}, spelt {{gap:s}}.',
          gaps: [
            { id: 't', kind: 'numeric', marks: 1 },
            {
              id: 'c',
              kind: 'choice',
              options: [
                { id: 'lima', text: 'Lima' },
                { id: 'quito', text: 'Quito' },
              ],
              marks: 2,
            },
            { id: 's', kind: 'text', marks: 1 },
          ],
          key: {
            gaps: {
              t: { value: 100, tolerance: 0.5 },
              c: { optionId: 'quito' },
              s: { accepted: ['Quito'] },
            },
          },
          marks: 4,
          feedback: { perGap: { c: 'Quito is higher up, so water boils lower there.' } },
        },
        { type: 'cloze', gaps: { t: '100,2', c: 'lima', s: null } },
      ),
    );
    expect(article.querySelector('.review-card__text')?.textContent).toBe(
      'Water boils at [Gap 1] °C in [Gap 2], spelt [Gap 3].',
    );
    expect(rows(within(article).getByRole('table'))).toEqual([
      ['Gap 1', '100,2', '100 (within ± 0.5)', 'Right 1 / 1 mark'],
      [
        'Gap 2',
        'LimaFeedback: Quito is higher up, so water boils lower there.',
        'Quito',
        'Wrong 0 / 2 marks',
      ],
      ['Gap 3', 'Not answered', 'Quito', 'Wrong 0 / 1 mark'],
    ]);
  });

  it('typed answers beside what was accepted; an essay awaiting a grader says so', () => {
    render(
      <AttemptReview
        reviews={[
          reviewOf(
            {
              type: 'short_answer',
              text: 'Largest ocean?',
              key: {
                accepted: ['Pacific', 'Pacific Ocean'],
                partial: [{ answer: 'Pacifc', credit: 0.5 }],
              },
              marks: 1,
            },
            { type: 'short_answer', text: 'pacific' },
            'answers',
            1,
          ),
          reviewOf(
            {
              type: 'numeric',
              text: 'g in m/s²?',
              key: { value: 9.81, tolerance: 0.02, toleranceMode: 'relative' },
              marks: 1,
            },
            null,
            'answers',
            2,
          ),
          reviewOf(
            { type: 'essay', text: 'Explain photosynthesis.', key: null, marks: 5 },
            { type: 'essay', text: 'Light to sugar.' },
            'answers',
            3,
          ),
          reviewOf(
            { type: 'description', text: 'Read the passage first.', marks: 0 },
            null,
            'answers',
            4,
          ),
        ]}
      />,
    );
    const [short, numeric, essay, info] = screen.getAllByRole('article');
    expect(within(short!).getByText('Correct')).toBeTruthy();
    expect(within(short!).getByText('Pacific or Pacific Ocean')).toBeTruthy();
    expect(within(short!).getByText('Pacifc (50 %)')).toBeTruthy();
    expect(
      within(numeric!).getByText('Not answered', { selector: '.review-card__verdict-word' }),
    ).toBeTruthy();
    expect(within(numeric!).getByText('9.81 (within 2 %)')).toBeTruthy();
    expect(within(essay!).getByText('Awaiting grading')).toBeTruthy();
    expect(essay!.querySelector('.review-card__marks')?.textContent).toBe(' · – / 5 marks');
    expect(within(essay!).getByText('Light to sugar.')).toBeTruthy();
    expect(within(info!).getByText('Information')).toBeTruthy();
    expect(info!.querySelector('.review-card__marks')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your answers' })).toBeTruthy();
  });
});
