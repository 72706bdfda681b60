import type { AnalysisAttempt, AnalysisQuestion } from '@shared/analysis/item-analysis';
import type { AnswerValue } from '@shared/domain/questions';

/** The hand-worked item analysis dataset: three questions, five students (see below). */
export const questions: AnalysisQuestion[] = [
  {
    questionId: 'q1',
    position: 1,
    type: 'single_choice',
    text: 'Q1',
    options: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
      { id: 'c', text: 'C' },
    ],
    keyed: ['a'],
    maxMarks: 1,
  },
  {
    questionId: 'q2',
    position: 2,
    type: 'true_false',
    text: 'Q2',
    options: null,
    keyed: ['true'],
    maxMarks: 1,
  },
  {
    questionId: 'q3',
    position: 3,
    type: 'essay',
    text: 'Q3',
    options: null,
    keyed: [],
    maxMarks: 4,
  },
];

export const sc = (optionId: string): AnswerValue => ({ type: 'single_choice', optionId });
export const tf = (value: boolean): AnswerValue => ({ type: 'true_false', value });
export const es = (text: string): AnswerValue => ({ type: 'essay', text });

function attempt(
  id: string,
  q1: [string, number],
  q2: [boolean, number],
  q3: number,
): AnalysisAttempt {
  return {
    attemptId: id,
    answers: new Map([
      ['q1', { answer: sc(q1[0]), marks: q1[1] }],
      ['q2', { answer: tf(q2[0]), marks: q2[1] }],
      ['q3', { answer: es('some words'), marks: q3 }],
    ]),
  };
}

/**
 * Five students, worked by hand:
 *   A: a(1) true(1) 4 = 6     B: a(1) false(0) 3 = 4     C: b(0) true(1) 2 = 3
 *   D: c(0) true(1) 1 = 2     E: b(0) false(0) 0 = 0
 * Groups of round(5 x 0.27) = 1: upper {A}, lower {E}.
 */
export const dataset = [
  attempt('A', ['a', 1], [true, 1], 4),
  attempt('B', ['a', 1], [false, 0], 3),
  attempt('C', ['b', 0], [true, 1], 2),
  attempt('D', ['c', 0], [true, 1], 1),
  attempt('E', ['b', 0], [false, 0], 0),
];
