/**
 * The scorer shared by delivery (auto-marking at submit) and grading
 * (manual marks, regrade after a key fix). Pure functions only.
 */
export { normaliseShortAnswer } from './normalise';
export {
  roundMarks,
  scoreAnswer,
  scoreParts,
  type AnswerScore,
  type PartScore,
  type ScoreOptions,
} from './score-answer';
export { scoreAttempt, type AttemptItem, type AttemptScore } from './score-attempt';
export { numericCredit, numericMatches, textCredit } from './score-text';
export { parseNumberText } from '../domain/number-text';
