import type { ExamQuestion, ExamSession } from '@shared/domain/exam';
import { sequentialIds } from '@shared/ids';

const ids = sequentialIds(Date.UTC(2026, 6, 1), 11);

const base = (number: number) => ({
  questionId: ids(),
  versionId: ids(),
  number,
  options: null,
  settings: {},
});

/** Capitals, with a distractor response; responses in this student's shuffled order. */
export function matchingQuestion(number = 1): ExamQuestion {
  return {
    ...base(number),
    type: 'matching',
    text: 'Match each country with its capital.',
    marks: 3,
    premises: [
      { id: 'fr', text: 'France' },
      { id: 'jp', text: 'Japan' },
      { id: 'ke', text: 'Kenya' },
    ],
    responses: [
      { id: 'tokyo', text: 'Tokyo' },
      { id: 'lima', text: 'Lima' },
      { id: 'paris', text: 'Paris' },
      { id: 'nairobi', text: 'Nairobi' },
    ],
  };
}

/** Planets by distance from the Sun, in a starting order that is not the right one. */
export function orderingQuestion(number = 1): ExamQuestion {
  return {
    ...base(number),
    type: 'ordering',
    text: 'Order the planets from nearest the Sun to farthest.',
    marks: 2,
    items: [
      { id: 'earth', text: 'Earth' },
      { id: 'mercury', text: 'Mercury' },
      { id: 'mars', text: 'Mars' },
    ],
  };
}

/** A passage with a text gap, a numeric gap and a choice gap. */
export function clozeQuestion(number = 1, format: 'plain' | 'html' = 'plain'): ExamQuestion {
  const text =
    format === 'plain'
      ? 'The capital of France is {{gap:city}}.\nWater boils at {{gap:boil}} °C. The sky is {{gap:colour}}.'
      : '<p>The capital of France is {{gap:city}}.</p><p>Water boils at {{gap:boil}} °C, ' +
        'about \\(373\\,\\mathrm{K}\\). The sky is <strong>{{gap:colour}}</strong>.</p>';
  return {
    ...base(number),
    type: 'cloze',
    format,
    text,
    marks: 3,
    gaps: [
      { id: 'city', kind: 'text', options: null, marks: 1 },
      { id: 'boil', kind: 'numeric', options: null, marks: 1 },
      {
        id: 'colour',
        kind: 'choice',
        options: [
          { id: 'green', text: 'green' },
          { id: 'blue', text: 'blue' },
        ],
        marks: 1,
      },
    ],
  };
}

export function descriptionQuestion(number = 1): ExamQuestion {
  return {
    ...base(number),
    type: 'description',
    text: 'Read the passage below, then answer the questions that follow.',
    marks: 0,
  };
}

export function sessionOf(questions: ExamQuestion[]): ExamSession {
  return {
    attemptId: ids(),
    testId: ids(),
    testName: 'New item types',
    attemptNo: 1,
    status: 'in_progress',
    allowReview: true,
    startedAt: '2026-07-01T09:00:00.000Z',
    questions,
    answers: [],
    clock: { limitMs: null, extraMs: 0, elapsedMs: 0, remainingMs: null },
  };
}
