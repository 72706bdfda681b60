import type { AnswerValue, QuestionOption, QuestionType } from '../domain/questions';
import type { ItemAnalysis, ItemStats, OptionStat } from '../domain/results';
import { AnswerColumnsBuilder, MARKED, UNGRADED, type AnswerColumns } from './answer-columns';
import { cellOf } from './answer-summary';

export interface AnalysisQuestion {
  questionId: string;
  position: number;
  type: QuestionType;
  text: string;
  options: QuestionOption[] | null;
  /** Keyed option ids (choice questions), or ['true'] / ['false'] for true/false. */
  keyed: readonly string[];
  maxMarks: number;
}

export interface AnalysisAttempt {
  attemptId: string;
  /** question id -> the answer given and the marks it got (null: not graded yet). */
  answers: ReadonlyMap<string, { answer: AnswerValue | null; marks: number | null }>;
  /** Questions on this attempt's paper; the test's questions when unknown. */
  paper?: ReadonlySet<string> | undefined;
}

/** The share of each group at the top and bottom of the score list, as Kelley proposed. */
export const DISCRIMINATION_GROUP = 0.27;

const round = (v: number, places = 4) => Math.round(v * 10 ** places) / 10 ** places;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function variance(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  return values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length;
}

function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const mx = mean(xs);
  const my = mean(ys);
  if (mx === null || my === null || xs.length < 3) return null;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i += 1) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Item analysis of one test: per question its facility (mean share of marks),
 * its discrimination index (upper 27% facility minus lower 27%, groups ranked
 * by total score), its corrected point-biserial correlation and how often each
 * option was picked; for the test, the mean, spread and Cronbach's alpha.
 * Ungraded answers are left out of an item's figures; they count 0 in totals.
 */
export function analyseItems(
  testId: string,
  questions: readonly AnalysisQuestion[],
  attempts: readonly AnalysisAttempt[],
): ItemAnalysis {
  const builder = new AnswerColumnsBuilder(questions, attempts.length);
  for (const a of attempts) {
    builder.startAttempt(a.attemptId, a.paper);
    for (const [questionId, entry] of a.answers)
      builder.addCell(cellOf(questionId, entry.answer, entry.marks));
  }
  return analyseItemColumns(testId, questions, builder.finish());
}

/**
 * The same figures from the columns (see answer-columns.ts): every sum is
 * taken in the same order as over the attempts above, so the figures are
 * the same to the last bit, however the answers were read.
 */
export function analyseItemColumns(
  testId: string,
  questions: readonly AnalysisQuestion[],
  columns: AnswerColumns,
): ItemAnalysis {
  const { attemptIds, marks, state, onPaper } = columns;
  const count = questions.length;
  const attemptCount = attemptIds.length;
  // What an attempt counts for a question in its total: its marks, or 0 (no answer, or ungraded).
  const scored = (a: number, q: number) => {
    const at = a * count + q;
    return state[at] === MARKED ? (marks[at] ?? 0) : 0;
  };
  const totals = new Float64Array(attemptCount);
  for (let a = 0; a < attemptCount; a += 1) {
    let t = 0;
    for (let q = 0; q < count; q += 1) t += scored(a, q);
    totals[a] = t;
  }
  const ranked = attemptIds
    .map((_, a) => a)
    .sort(
      (x, y) =>
        (totals[y] ?? 0) - (totals[x] ?? 0) ||
        (attemptIds[x] ?? '').localeCompare(attemptIds[y] ?? ''),
    );
  const group = Math.round(ranked.length * DISCRIMINATION_GROUP);
  const upper = new Uint8Array(attemptCount);
  const lower = new Uint8Array(attemptCount);
  for (const a of ranked.slice(0, group)) upper[a] = 1;
  for (const a of ranked.slice(ranked.length - group)) lower[a] = 1;

  const items: ItemStats[] = questions.map((q, qi) => {
    let on = 0;
    const fracs: number[] = [];
    const rests: number[] = [];
    const upperFracs: number[] = [];
    const lowerFracs: number[] = [];
    for (let a = 0; a < attemptCount; a += 1) {
      const at = a * count + qi;
      if (onPaper[at] !== 1) continue;
      on += 1;
      // No answer counts as 0 marks earned; one waiting for a grader is left out.
      if (state[at] === UNGRADED || !(q.maxMarks > 0)) continue;
      const m = state[at] === MARKED ? (marks[at] ?? 0) : 0;
      const frac = m / q.maxMarks;
      fracs.push(frac);
      rests.push((totals[a] ?? 0) - m);
      if (upper[a]) upperFracs.push(frac);
      if (lower[a]) lowerFracs.push(frac);
    }
    const facility = mean(fracs);
    let discrimination: number | null = null;
    if (group >= 1 && ranked.length >= 4) {
      const up = mean(upperFracs);
      const low = mean(lowerFracs);
      if (up !== null && low !== null) discrimination = up - low;
    }
    const pointBiserial = correlation(fracs, rests);
    const counts = columns.picks[qi] ?? new Map<string, number>();
    const answered = columns.answered[qi] ?? 0;
    let options: OptionStat[] | null = null;
    if (q.type === 'single_choice' || q.type === 'multiple_response') {
      options = (q.options ?? []).map((o) => ({
        id: o.id,
        text: o.text,
        correct: q.keyed.includes(o.id),
        count: counts.get(o.id) ?? 0,
      }));
    } else if (q.type === 'true_false') {
      options = ['true', 'false'].map((id) => ({
        id,
        text: id === 'true' ? 'True' : 'False',
        correct: q.keyed.includes(id),
        count: counts.get(id) ?? 0,
      }));
    }
    const flags: string[] = [];
    if (facility !== null && fracs.length >= 5) {
      if (facility < 0.2) flags.push('very hard: fewer than 1 in 5 marks were earned');
      if (facility > 0.9) flags.push('very easy: more than 9 in 10 marks were earned');
    }
    if (discrimination !== null && discrimination < 0)
      flags.push('negative discrimination: weaker students did better; check the key');
    else if (discrimination !== null && discrimination < 0.2)
      flags.push('weak discrimination: it barely separates stronger from weaker students');
    if (options && on >= 10) {
      for (const o of options)
        if (!o.correct && o.count === 0) flags.push(`option "${o.text}" was never picked`);
      const popularWrong = options.filter((o) => !o.correct).sort((a, b) => b.count - a.count)[0];
      const bestRight = Math.max(0, ...options.filter((o) => o.correct).map((o) => o.count));
      if (popularWrong && popularWrong.count > bestRight)
        flags.push(
          `more students picked "${popularWrong.text}" than the keyed answer; check the key`,
        );
    }
    return {
      questionId: q.questionId,
      position: q.position,
      type: q.type,
      text: q.text,
      maxMarks: q.maxMarks,
      attempts: on,
      answered,
      omitted: on - answered,
      facility: facility === null ? null : round(facility),
      discrimination: discrimination === null ? null : round(discrimination),
      pointBiserial: pointBiserial === null ? null : round(pointBiserial),
      options,
      flags,
    };
  });

  const scores = Array.from(totals);
  const totalVar = variance(scores);
  let alpha: number | null = null;
  if (count >= 2 && totalVar !== null && totalVar > 0) {
    const itemVars = questions.map(
      (_, qi) => variance(Array.from({ length: attemptCount }, (_, a) => scored(a, qi))) ?? 0,
    );
    const k = count;
    alpha = round((k / (k - 1)) * (1 - itemVars.reduce((s, v) => s + v, 0) / totalVar));
  }
  const m = mean(scores);
  return {
    testId,
    attempts: attemptCount,
    meanScore: m === null ? null : round(m),
    sdScore: totalVar === null ? null : round(Math.sqrt(totalVar)),
    alpha,
    items,
  };
}
