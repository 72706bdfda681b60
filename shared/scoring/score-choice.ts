import type { StoredQuestion } from '../domain/bank';
import { snapFullCredit } from '../domain/credit';
import type { AnswerKeyFor, OptionWeights } from '../domain/questions';
import { graded, unanswered, type AnswerScore, type ScoreOptions } from './score-types';

/**
 * A wrong choice under negative marking costs marks / (k - 1), where k is the
 * number of choices (2 for true/false): guessing at random then earns nothing
 * on average. Without negative marking a wrong choice scores 0.
 */
export function wrongChoice(marks: number, choices: number, options: ScoreOptions): AnswerScore {
  if (!options.negativeMarking)
    return { isCorrect: false, marksObtained: 0, needsManualGrading: false };
  return graded(-1 / Math.max(1, choices - 1), marks, false);
}

/** The floor of a weighted fraction: 0, or -1 (all the marks) with negative marking. */
function clampWeighted(fraction: number, options: ScoreOptions): number {
  const floor = options.negativeMarking ? -1 : 0;
  return snapFullCredit(Math.min(1, Math.max(floor, fraction)));
}

const weightOf = (weights: OptionWeights, id: string) =>
  Object.hasOwn(weights, id) ? (weights[id] ?? 0) : 0;

/**
 * Single choice. Without weights: exact match, see `wrongChoice`. With
 * weights (Moodle's fractions): marks × the chosen option's weight, never
 * below 0 without negative marking; an id that is not an option earns 0.
 */
export function singleChoice(
  question: StoredQuestion,
  key: AnswerKeyFor<'single_choice'>,
  chosen: string,
  marks: number,
  options: ScoreOptions,
): AnswerScore {
  if (key.weights === undefined) {
    if (chosen === key.optionId) return graded(1, marks, true);
    return wrongChoice(marks, question.options?.length ?? 2, options);
  }
  const onQuestion = (question.options ?? []).some((o) => o.id === chosen);
  const fraction = clampWeighted(onQuestion ? weightOf(key.weights, chosen) : 0, options);
  return graded(fraction, marks, fraction === 1);
}

/**
 * Multiple response. Without weights: with C keyed options and W other
 * options, choosing c of the keyed ones and w of the others scores the
 * fraction c/C - w/W of the marks (w/W is 0 when every option is keyed).
 * Choosing every option scores 0. Without negative marking the fraction is
 * never below 0; with it, it may go down to -1.
 *
 * With weights: marks × the sum of the chosen options' weights, clamped to
 * [0, 1], or [-1, 1] with negative marking.
 *
 * Option ids that are not on the question are ignored; a repeated id counts once.
 */
export function multipleResponse(
  question: StoredQuestion,
  key: AnswerKeyFor<'multiple_response'>,
  chosen: readonly string[],
  marks: number,
  options: ScoreOptions,
): AnswerScore {
  const all = question.options ?? [];
  if (key.weights !== undefined) {
    const weights = key.weights;
    const picked = new Set(chosen.filter((id) => all.some((o) => o.id === id)));
    if (picked.size === 0) return unanswered;
    const sum = [...picked].reduce((s, id) => s + weightOf(weights, id), 0);
    const fraction = clampWeighted(sum, options);
    return graded(fraction, marks, fraction === 1);
  }
  const keyed = key.optionIds;
  let right = 0;
  let wrong = 0;
  for (let i = 0; i < chosen.length; i += 1) {
    const id = chosen[i] as string;
    if (chosen.indexOf(id) !== i) continue;
    if (keyed.includes(id)) right += 1;
    else if (all.some((o) => o.id === id)) wrong += 1;
  }
  if (right === 0 && wrong === 0) return unanswered;
  const others = Math.max(0, all.length - keyed.length);
  const raw = right / keyed.length - (others > 0 ? wrong / others : 0);
  const fraction = options.negativeMarking ? Math.max(-1, raw) : Math.max(0, raw);
  return graded(fraction, marks, right === keyed.length && wrong === 0);
}
