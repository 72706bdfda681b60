import type { OrderingCredit } from '../domain/tests';

export interface ScoreOptions {
  /** The test's negative marking switch: wrong choices may cost marks. */
  negativeMarking: boolean;
  /** How ordering questions earn marks; all or nothing when absent. */
  orderingCredit?: OrderingCredit | undefined;
}

export interface AnswerScore {
  /** True only for a fully correct answer; null while a person still has to grade it, or for a description. */
  isCorrect: boolean | null;
  /** Marks for this answer; null while a person still has to grade it. */
  marksObtained: number | null;
  /** Essays, and objective questions whose key is missing, go to the grading queue. */
  needsManualGrading: boolean;
}

/**
 * One scored part of a matching (a premise), ordering (a position) or cloze
 * (a gap) answer. The parts' marks add up to the answer's marks.
 */
export interface PartScore {
  /** The premise id, the id of the item that belongs at this position, or the gap id. */
  partId: string;
  /** The marks this part is worth on this paper. */
  fullMarks: number;
  marksObtained: number;
  /** True when this part earned its full marks. */
  isCorrect: boolean;
}

export const unanswered: AnswerScore = {
  isCorrect: false,
  marksObtained: 0,
  needsManualGrading: false,
};
export const manual: AnswerScore = {
  isCorrect: null,
  marksObtained: null,
  needsManualGrading: true,
};
/** A description: nothing to answer, nothing to score, never counted. */
export const notScored: AnswerScore = {
  isCorrect: null,
  marksObtained: 0,
  needsManualGrading: false,
};

/** Marks are kept to six decimals so sums of thirds stay exact enough to compare. */
export const roundMarks = (value: number): number => Math.round(value * 1e6) / 1e6 + 0;

export function graded(fraction: number, marks: number, fullyCorrect: boolean): AnswerScore {
  return {
    isCorrect: fullyCorrect,
    marksObtained: roundMarks(fraction * marks),
    needsManualGrading: false,
  };
}
