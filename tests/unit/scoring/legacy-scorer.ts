import type { StoredQuestion } from '@shared/domain/bank';
import type { AnswerKeyFor, AnswerValue } from '@shared/domain/questions';
import { normaliseShortAnswer } from '@shared/scoring/normalise';

/*
 * The scorer as it was before weights, partial answers, alternatives and the
 * newer types: a frozen copy, the oracle today's scorer must agree with on
 * every question written the old way.
 */

interface ScoreOptions {
  /** The test's negative marking switch: wrong choices may cost marks. */
  negativeMarking: boolean;
}

interface AnswerScore {
  /** True only for a fully correct answer; null while a person still has to grade it. */
  isCorrect: boolean | null;
  /** Marks for this answer; null while a person still has to grade it. */
  marksObtained: number | null;
  /** Essays, and objective questions whose key is missing, go to the grading queue. */
  needsManualGrading: boolean;
}

const unanswered: AnswerScore = { isCorrect: false, marksObtained: 0, needsManualGrading: false };
const manual: AnswerScore = { isCorrect: null, marksObtained: null, needsManualGrading: true };

/** Marks are kept to six decimals so sums of thirds stay exact enough to compare. */
const roundMarks = (value: number): number => Math.round(value * 1e6) / 1e6 + 0;

function graded(fraction: number, marks: number, fullyCorrect: boolean): AnswerScore {
  return {
    isCorrect: fullyCorrect,
    marksObtained: roundMarks(fraction * marks),
    needsManualGrading: false,
  };
}

const acceptedCache = new WeakMap<AnswerKeyFor<'short_answer'>, readonly string[]>();

function acceptedAnswers(key: AnswerKeyFor<'short_answer'>): readonly string[] {
  let list = acceptedCache.get(key);
  if (!list) {
    list = key.accepted.map((a) => normaliseShortAnswer(a, key.caseSensitive));
    acceptedCache.set(key, list);
  }
  return list;
}

/**
 * A wrong choice under negative marking costs marks / (k - 1), where k is the
 * number of choices (2 for true/false): guessing at random then earns nothing
 * on average. Without negative marking a wrong choice scores 0.
 */
function wrongChoice(marks: number, choices: number, options: ScoreOptions): AnswerScore {
  if (!options.negativeMarking)
    return { isCorrect: false, marksObtained: 0, needsManualGrading: false };
  return graded(-1 / Math.max(1, choices - 1), marks, false);
}

/**
 * Multiple response: with C keyed options and W other options, choosing c of
 * the keyed ones and w of the others scores the fraction c/C - w/W of the
 * marks (w/W is 0 when every option is keyed). Choosing every option scores 0.
 * Without negative marking the fraction is never below 0; with it, it may go
 * down to -1. Option ids that are not on the question are ignored.
 */
function multipleResponse(
  question: StoredQuestion,
  key: AnswerKeyFor<'multiple_response'>,
  chosen: readonly string[],
  marks: number,
  options: ScoreOptions,
): AnswerScore {
  const all = question.options ?? [];
  const keyed = key.optionIds;
  let right = 0;
  let wrong = 0;
  for (let i = 0; i < chosen.length; i += 1) {
    const id = chosen[i] as string;
    // A repeated id counts once.
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

function numericMatches(value: number, key: AnswerKeyFor<'numeric'>): boolean {
  if (!Number.isFinite(value)) return false;
  const allowed =
    key.toleranceMode === 'relative' ? key.tolerance * Math.abs(key.value) : key.tolerance;
  // A hair of slack for binary fractions: 0.1 + 0.2 must match 0.3.
  const slack = 1e-9 * Math.max(1, Math.abs(key.value));
  return Math.abs(value - key.value) <= allowed + slack;
}

/**
 * Scores one answer against the exact question version the student saw.
 * Pure and deterministic: the same inputs always give the same score, so it
 * can be run again after a key is fixed (regrade).
 *
 * - single choice, true/false: exact match (see `wrongChoice` for negative marking);
 * - multiple response: partial credit (see `multipleResponse`);
 * - short answer: any accepted answer, after `normaliseShortAnswer`;
 * - numeric: within the absolute tolerance, or the relative one (a fraction of the key);
 * - essay: queued for a person. A blank or missing answer scores 0 and is never penalised.
 */
export function legacyScoreAnswer(
  question: StoredQuestion,
  answer: AnswerValue | null,
  marks: number,
  options: ScoreOptions,
): AnswerScore {
  if (answer === null || answer.type !== question.type) return unanswered;
  if (answer.type === 'essay') return answer.text.trim() === '' ? unanswered : manual;
  const key = question.key;
  if (key === null) {
    // An objective question with no usable key (an older client's row): a person decides.
    return answer.type === 'short_answer' && answer.text.trim() === '' ? unanswered : manual;
  }
  switch (answer.type) {
    case 'single_choice': {
      const k = key as AnswerKeyFor<'single_choice'>;
      if (answer.optionId === k.optionId) return graded(1, marks, true);
      return wrongChoice(marks, question.options?.length ?? 2, options);
    }
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
      const k = key as AnswerKeyFor<'short_answer'>;
      const given = normaliseShortAnswer(answer.text, k.caseSensitive);
      if (given === '') return unanswered;
      return graded(
        acceptedAnswers(k).includes(given) ? 1 : 0,
        marks,
        acceptedAnswers(k).includes(given),
      );
    }
    case 'numeric': {
      const ok = numericMatches(answer.value, key as AnswerKeyFor<'numeric'>);
      return graded(ok ? 1 : 0, marks, ok);
    }
    default:
      throw new Error(`the old scorer had no ${answer.type} questions`);
  }
}
