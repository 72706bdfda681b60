/**
 * The scorer shared by delivery (auto-marking at submit) and grading
 * (manual marks, regrade after a key fix). Pure functions only.
 */
export { normaliseShortAnswer } from './normalise';
export { roundMarks, scoreAnswer, type AnswerScore, type ScoreOptions } from './score-answer';
export { scoreAttempt, type AttemptItem, type AttemptScore } from './score-attempt';
