/**
 * Item analysis as it was before the answer summaries (commit b30ee23), kept
 * word for word as the oracle the new implementation is compared with. Not
 * used by the app.
 */
import type { AnswerValue, QuestionOption, QuestionType } from '@shared/domain/questions';
import type { ItemAnalysis, ItemStats, OptionStat } from '@shared/domain/results';

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

function picks(answer: AnswerValue | null): string[] {
  if (!answer) return [];
  switch (answer.type) {
    case 'single_choice':
      return [answer.optionId];
    case 'multiple_response':
      return [...new Set(answer.optionIds)];
    case 'true_false':
      return [answer.value ? 'true' : 'false'];
    default:
      return [];
  }
}

function isAnswered(answer: AnswerValue | null): boolean {
  if (!answer) return false;
  switch (answer.type) {
    case 'single_choice':
    case 'true_false':
    case 'numeric':
      return true;
    case 'multiple_response':
      return answer.optionIds.length > 0;
    case 'short_answer':
    case 'essay':
      return answer.text.trim() !== '';
  }
}

/**
 * Item analysis of one test: per question its facility (mean share of marks),
 * its discrimination index (upper 27% facility minus lower 27%, groups ranked
 * by total score), its corrected point-biserial correlation and how often each
 * option was picked; for the test, the mean, spread and Cronbach's alpha.
 * Ungraded answers are left out of an item's figures; they count 0 in totals.
 */
export function analyseItemsBefore(
  testId: string,
  questions: readonly AnalysisQuestion[],
  attempts: readonly AnalysisAttempt[],
): ItemAnalysis {
  const totals = new Map<string, number>();
  for (const a of attempts) {
    let t = 0;
    for (const q of questions) t += a.answers.get(q.questionId)?.marks ?? 0;
    totals.set(a.attemptId, t);
  }
  const ranked = [...attempts].sort(
    (x, y) =>
      (totals.get(y.attemptId) ?? 0) - (totals.get(x.attemptId) ?? 0) ||
      x.attemptId.localeCompare(y.attemptId),
  );
  const group = Math.round(ranked.length * DISCRIMINATION_GROUP);
  const upper = new Set(ranked.slice(0, group).map((a) => a.attemptId));
  const lower = new Set(ranked.slice(ranked.length - group).map((a) => a.attemptId));

  const items: ItemStats[] = questions.map((q) => {
    const on = attempts.filter((a) => !a.paper || a.paper.has(q.questionId));
    const graded: Array<{ attemptId: string; frac: number; marks: number }> = [];
    let answered = 0;
    const counts = new Map<string, number>();
    for (const a of on) {
      const entry = a.answers.get(q.questionId);
      if (entry && isAnswered(entry.answer)) answered += 1;
      for (const id of picks(entry?.answer ?? null)) counts.set(id, (counts.get(id) ?? 0) + 1);
      const marks = entry ? entry.marks : 0;
      if (marks !== null && q.maxMarks > 0)
        graded.push({ attemptId: a.attemptId, frac: marks / q.maxMarks, marks });
    }
    const facility = mean(graded.map((g) => g.frac));
    let discrimination: number | null = null;
    if (group >= 1 && ranked.length >= 4) {
      const up = mean(graded.filter((g) => upper.has(g.attemptId)).map((g) => g.frac));
      const low = mean(graded.filter((g) => lower.has(g.attemptId)).map((g) => g.frac));
      if (up !== null && low !== null) discrimination = up - low;
    }
    const pointBiserial = correlation(
      graded.map((g) => g.frac),
      graded.map((g) => (totals.get(g.attemptId) ?? 0) - g.marks),
    );
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
    if (facility !== null && graded.length >= 5) {
      if (facility < 0.2) flags.push('very hard: fewer than 1 in 5 marks were earned');
      if (facility > 0.9) flags.push('very easy: more than 9 in 10 marks were earned');
    }
    if (discrimination !== null && discrimination < 0)
      flags.push('negative discrimination: weaker students did better; check the key');
    else if (discrimination !== null && discrimination < 0.2)
      flags.push('weak discrimination: it barely separates stronger from weaker students');
    if (options && on.length >= 10) {
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
      attempts: on.length,
      answered,
      omitted: on.length - answered,
      facility: facility === null ? null : round(facility),
      discrimination: discrimination === null ? null : round(discrimination),
      pointBiserial: pointBiserial === null ? null : round(pointBiserial),
      options,
      flags,
    };
  });

  const scores = attempts.map((a) => totals.get(a.attemptId) ?? 0);
  const totalVar = variance(scores);
  let alpha: number | null = null;
  if (questions.length >= 2 && totalVar !== null && totalVar > 0) {
    const itemVars = questions.map(
      (q) => variance(attempts.map((a) => a.answers.get(q.questionId)?.marks ?? 0)) ?? 0,
    );
    const k = questions.length;
    alpha = round((k / (k - 1)) * (1 - itemVars.reduce((s, v) => s + v, 0) / totalVar));
  }
  const m = mean(scores);
  return {
    testId,
    attempts: attempts.length,
    meanScore: m === null ? null : round(m),
    sdScore: totalVar === null ? null : round(Math.sqrt(totalVar)),
    alpha,
    items,
  };
}
