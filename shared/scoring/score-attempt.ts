import type { StoredQuestion } from '../domain/bank';
import { isAnswerable, type AnswerValue } from '../domain/questions';
import { roundMarks, scoreAnswer, type AnswerScore, type ScoreOptions } from './score-answer';

export interface AttemptItem {
  question: StoredQuestion;
  answer: AnswerValue | null;
  /** The marks the test gives this question (may differ from the bank's). */
  marks: number;
  /** A grader's marks for an answer that needs a person; clamped to [0, marks]. */
  manualMarks?: number | null | undefined;
}

export interface AttemptScore {
  /** One score per item, in the same order. */
  answers: AnswerScore[];
  /** Sum of the marks obtained, never below 0 for the test. */
  score: number;
  /** Sum of the items' marks; descriptions are not counted, whatever marks the test gives them. */
  totalMarks: number;
  /** Answers still waiting for a person. */
  pendingCount: number;
  status: 'graded' | 'needs_grading';
}

/**
 * Scores a whole attempt. The total is the sum of the answers' marks; with
 * negative marking single questions may be negative, but the test total is
 * never below 0. Answers awaiting a person count 0 until graded. Descriptions
 * score nothing and add nothing to the total marks.
 */
export function scoreAttempt(items: readonly AttemptItem[], options: ScoreOptions): AttemptScore {
  const answers: AnswerScore[] = [];
  let sum = 0;
  let totalMarks = 0;
  let pendingCount = 0;
  for (const item of items) {
    let result = scoreAnswer(item.question, item.answer, item.marks, options);
    if (!isAnswerable(item.question.type)) {
      answers.push(result);
      continue;
    }
    if (result.needsManualGrading && item.manualMarks !== undefined && item.manualMarks !== null) {
      const given = roundMarks(Math.min(item.marks, Math.max(0, item.manualMarks)));
      result = { isCorrect: given === item.marks, marksObtained: given, needsManualGrading: false };
    }
    if (result.needsManualGrading) pendingCount += 1;
    sum += result.marksObtained ?? 0;
    totalMarks += item.marks;
    answers.push(result);
  }
  return {
    answers,
    score: roundMarks(Math.max(0, sum)),
    totalMarks: roundMarks(totalMarks),
    pendingCount,
    status: pendingCount > 0 ? 'needs_grading' : 'graded',
  };
}
