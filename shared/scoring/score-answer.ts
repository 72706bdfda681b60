import type { StoredQuestion } from '../domain/bank';
import type { AnswerKey, AnswerKeyFor, AnswerValue } from '../domain/questions';
import { multipleResponse, singleChoice, wrongChoice } from './score-choice';
import {
  clozeAnswered,
  clozeParts,
  matchingAnswered,
  matchingParts,
  orderingParts,
} from './score-parts';
import { numericCredit, textCredit } from './score-text';
import {
  graded,
  manual,
  notScored,
  roundMarks,
  unanswered,
  type AnswerScore,
  type PartScore,
  type ScoreOptions,
} from './score-types';

export { roundMarks, type AnswerScore, type PartScore, type ScoreOptions };

/** Whether a matching, ordering or cloze answer holds nothing the student gave. */
function isBlankPartAnswer(answer: AnswerValue): boolean {
  switch (answer.type) {
    case 'matching':
      return !matchingAnswered(answer);
    case 'ordering':
      return answer.order.length === 0;
    case 'cloze':
      return !clozeAnswered(answer);
    default:
      return false;
  }
}

/**
 * The parts of a matching, ordering or cloze answer, each with its marks;
 * null for other types, for a question with no usable key, and for a blank
 * answer of the wrong type.
 */
export function scoreParts(
  question: StoredQuestion,
  answer: AnswerValue | null,
  marks: number,
  options: ScoreOptions,
): PartScore[] | null {
  const key = question.key;
  if (key === null) return null;
  const own = answer !== null && answer.type === question.type ? answer : null;
  switch (question.type) {
    case 'matching':
      return matchingParts(
        question,
        key as AnswerKeyFor<'matching'>,
        own?.type === 'matching' ? own : null,
        marks,
      );
    case 'ordering':
      return orderingParts(
        question,
        key as AnswerKeyFor<'ordering'>,
        own?.type === 'ordering' ? own : null,
        marks,
        options,
      );
    case 'cloze':
      return clozeParts(
        question,
        key as AnswerKeyFor<'cloze'>,
        own?.type === 'cloze' ? own : null,
        marks,
      );
    default:
      return null;
  }
}

function fromParts(parts: readonly PartScore[], marks: number): AnswerScore {
  const sum = parts.reduce((s, p) => s + p.marksObtained, 0);
  const allRight = parts.length > 0 && parts.every((p) => p.isCorrect);
  // Full marks exactly when every part is right: the rounded parts may miss by a hair.
  return {
    isCorrect: allRight,
    marksObtained: allRight ? roundMarks(marks) : roundMarks(Math.min(sum, marks)),
    needsManualGrading: false,
  };
}

function scoreKeyed(
  question: StoredQuestion,
  answer: AnswerValue,
  key: AnswerKey,
  marks: number,
  options: ScoreOptions,
): AnswerScore {
  switch (answer.type) {
    case 'single_choice':
      return singleChoice(
        question,
        key as AnswerKeyFor<'single_choice'>,
        answer.optionId,
        marks,
        options,
      );
    case 'true_false': {
      const k = key as AnswerKeyFor<'true_false'>;
      if (answer.value === k.value) return graded(1, marks, true);
      return wrongChoice(marks, 2, options);
    }
    case 'multiple_response':
      return multipleResponse(
        question,
        key as AnswerKeyFor<'multiple_response'>,
        answer.optionIds,
        marks,
        options,
      );
    case 'short_answer': {
      const credit = textCredit(answer.text, key as AnswerKeyFor<'short_answer'>);
      if (credit === null) return unanswered;
      return graded(credit, marks, credit === 1);
    }
    case 'numeric': {
      const credit = numericCredit(answer.value, key as AnswerKeyFor<'numeric'>);
      return graded(credit, marks, credit === 1);
    }
    case 'matching':
    case 'ordering':
    case 'cloze': {
      const parts = scoreParts(question, answer, marks, options);
      return parts === null ? manual : fromParts(parts, marks);
    }
    case 'essay':
      return manual;
  }
}

/**
 * Scores one answer against the exact question version the student saw.
 * Pure and deterministic: the same inputs always give the same score, so it
 * can be run again after a key is fixed (regrade).
 *
 * - single choice, true/false: exact match (see `wrongChoice` for negative
 *   marking), or the chosen option's weight when the key has weights;
 * - multiple response: partial credit (see `multipleResponse`);
 * - short answer: any accepted answer, after `normaliseShortAnswer`, or the
 *   best partly right one;
 * - numeric: within the absolute tolerance, or the relative one (a fraction
 *   of the key), or the best alternative;
 * - matching, ordering, cloze: part by part (see `scoreParts`);
 * - essay: queued for a person;
 * - description: never scored.
 *
 * A blank or missing answer scores 0 and is never penalised.
 */
export function scoreAnswer(
  question: StoredQuestion,
  answer: AnswerValue | null,
  marks: number,
  options: ScoreOptions,
): AnswerScore {
  if (question.type === 'description') return notScored;
  if (answer === null || answer.type !== question.type) return unanswered;
  if (answer.type === 'essay') return answer.text.trim() === '' ? unanswered : manual;
  if (isBlankPartAnswer(answer)) return unanswered;
  const key = question.key;
  if (key === null) {
    // An objective question with no usable key (an older client's row): a person decides.
    return answer.type === 'short_answer' && answer.text.trim() === '' ? unanswered : manual;
  }
  return scoreKeyed(question, answer, key, marks, options);
}
