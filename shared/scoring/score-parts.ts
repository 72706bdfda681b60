import type { StoredQuestion } from '../domain/bank';
import { parseNumberText } from '../domain/number-text';
import {
  isChoiceGapKey,
  isNumericGapKey,
  type AnswerKeyFor,
  type AnswerValueOf,
  type ClozeGap,
  type GapKey,
} from '../domain/questions';
import { numericCredit, textCredit } from './score-text';
import { roundMarks, type PartScore, type ScoreOptions } from './score-types';

/**
 * Questions scored part by part: each part earns its share of the marks on
 * its own, and the question's marks are the sum of its parts. None of these
 * take marks away, with or without negative marking.
 */

function part(partId: string, fullMarks: number, credit: number): PartScore {
  return {
    partId,
    fullMarks: roundMarks(fullMarks),
    marksObtained: roundMarks(fullMarks * credit),
    isCorrect: credit === 1,
  };
}

/** Matching: each premise paired with its keyed response earns marks / premises. */
export function matchingParts(
  question: StoredQuestion,
  key: AnswerKeyFor<'matching'>,
  answer: AnswerValueOf<'matching'> | null,
  marks: number,
): PartScore[] {
  const premises = question.premises ?? [];
  const share = premises.length > 0 ? marks / premises.length : 0;
  return premises.map((p) => {
    const given = answer && Object.hasOwn(answer.pairs, p.id) ? answer.pairs[p.id] : null;
    const right = given !== null && given !== undefined && given === key.pairs[p.id];
    return part(p.id, share, right ? 1 : 0);
  });
}

/** Whether an order names every item exactly once. */
function isPermutation(order: readonly string[], ids: readonly string[]): boolean {
  if (order.length !== ids.length) return false;
  const want = new Set(ids);
  const seen = new Set<string>();
  for (const id of order) {
    if (!want.has(id) || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

/**
 * Ordering, one part per position of the key. All or nothing (the default):
 * every part earns its share only when the whole order is right. Per
 * position: each item in its right place earns marks / items. An order that
 * is not an arrangement of the question's items earns nothing.
 */
export function orderingParts(
  question: StoredQuestion,
  key: AnswerKeyFor<'ordering'>,
  answer: AnswerValueOf<'ordering'> | null,
  marks: number,
  options: ScoreOptions,
): PartScore[] {
  const expected = key.order;
  const share = expected.length > 0 ? marks / expected.length : 0;
  const itemIds = (question.items ?? []).map((i) => i.id);
  const order = answer?.order ?? [];
  const valid = isPermutation(order, itemIds) && isPermutation(expected, itemIds);
  const inPlace = expected.map((id, i) => valid && order[i] === id);
  const allRight = inPlace.every(Boolean);
  const perPosition = options.orderingCredit === 'per_position';
  return expected.map((id, i) => part(id, share, (perPosition ? inPlace[i] : allRight) ? 1 : 0));
}

/** The credit one gap's answer earns, or null when it is blank. */
function gapCredit(gap: ClozeGap, key: GapKey, given: string | null | undefined): number | null {
  if (given === null || given === undefined || given.trim() === '') return null;
  if (isChoiceGapKey(key)) return gap.kind === 'choice' && given === key.optionId ? 1 : 0;
  if (isNumericGapKey(key)) {
    const value = parseNumberText(given);
    return value === null ? 0 : numericCredit(value, key);
  }
  return textCredit(given, key);
}

/**
 * Cloze: each gap earns its own share, in proportion to its marks (the test
 * may give the question other marks than the bank: the shares scale). A
 * choice gap needs its keyed option; a text gap scores like a short answer,
 * a numeric gap like a numeric question, partial credit included. Null when
 * a gap has no usable key: a person decides.
 */
export function clozeParts(
  question: StoredQuestion,
  key: AnswerKeyFor<'cloze'>,
  answer: AnswerValueOf<'cloze'> | null,
  marks: number,
): PartScore[] | null {
  const gaps = question.gaps ?? [];
  const gapMarks = gaps.reduce((s, g) => s + g.marks, 0);
  if (gaps.length === 0 || !(gapMarks > 0)) return null;
  const parts: PartScore[] = [];
  for (const gap of gaps) {
    const gapKey = Object.hasOwn(key.gaps, gap.id) ? key.gaps[gap.id] : undefined;
    if (gapKey === undefined) return null;
    const given = answer && Object.hasOwn(answer.gaps, gap.id) ? answer.gaps[gap.id] : null;
    parts.push(part(gap.id, (marks * gap.marks) / gapMarks, gapCredit(gap, gapKey, given) ?? 0));
  }
  return parts;
}

/** Whether any gap of a cloze answer holds something. */
export function clozeAnswered(answer: AnswerValueOf<'cloze'>): boolean {
  return Object.values(answer.gaps).some((g) => g !== null && g.trim() !== '');
}

/** Whether any premise of a matching answer has a response. */
export function matchingAnswered(answer: AnswerValueOf<'matching'>): boolean {
  return Object.values(answer.pairs).some((r) => r !== null);
}
