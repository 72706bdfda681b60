import type { StoredQuestion } from '../domain/bank';
import { parseNumberText } from '../domain/number-text';
import type { AnswerKeyFor, AnswerValue, QuestionFeedback } from '../domain/questions';
import { normaliseShortAnswer } from '../scoring/normalise';
import { numericMatches } from '../scoring/score-text';
import type { AnswerScore } from '../scoring/score-types';

export type FeedbackOutcome = 'correct' | 'partial' | 'incorrect';

/** The feedback that fits one answer, each text in the question's format. */
export interface ReviewFeedback {
  general: string | null;
  /** Which of the author's correct / partly correct / incorrect texts applies; null with no answer or marks yet. */
  outcome: FeedbackOutcome | null;
  outcomeText: string | null;
  /** For each option the student chose that has feedback. */
  perOption: { optionId: string; text: string }[];
  /** The per-answer feedback that matches a short or numeric answer. */
  perAnswer: string | null;
  /** For each gap that has feedback. */
  perGap: { gapId: string; text: string }[];
}

const present = (text: string | undefined): string | null =>
  text !== undefined && text.trim() !== '' ? text : null;

/** Correct with full marks, partial with some, incorrect with none or fewer. */
export function feedbackOutcome(
  answer: AnswerValue | null,
  score: AnswerScore,
  marks: number,
): FeedbackOutcome | null {
  if (answer === null || score.marksObtained === null) return null;
  if (score.isCorrect === true || (marks > 0 && score.marksObtained >= marks)) return 'correct';
  return score.marksObtained > 0 ? 'partial' : 'incorrect';
}

function chosenOptions(answer: AnswerValue | null): string[] {
  switch (answer?.type) {
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

/** The value of the key or alternative that gives this answer its credit, best credit first. */
function creditedTarget(value: number, key: AnswerKeyFor<'numeric'>): number | null {
  if (numericMatches(value, key)) return key.value;
  const alternatives = [...(key.alternatives ?? [])].sort((a, b) => b.credit - a.credit);
  return alternatives.find((alt) => numericMatches(value, alt))?.value ?? null;
}

/**
 * A short answer's feedback matches as the scorer compares answers. A
 * numeric feedback names a number: it is for the answers that the key or
 * alternative with that value credits (within its tolerance), or else for
 * that number exactly.
 */
function perAnswerText(
  question: StoredQuestion,
  answer: AnswerValue | null,
  entries: NonNullable<QuestionFeedback['perAnswer']>,
): string | null {
  if (answer?.type === 'short_answer' && question.type === 'short_answer') {
    const key = question.key as AnswerKeyFor<'short_answer'> | null;
    const caseSensitive = key?.caseSensitive ?? false;
    const given = normaliseShortAnswer(answer.text, caseSensitive);
    const hit = entries.find((e) => normaliseShortAnswer(e.answer, caseSensitive) === given);
    return present(hit?.text);
  }
  if (answer?.type === 'numeric' && question.type === 'numeric') {
    const key = question.key as AnswerKeyFor<'numeric'> | null;
    const matched = key ? creditedTarget(answer.value, key) : null;
    const forNumber = (n: number) => entries.find((e) => parseNumberText(e.answer) === n);
    const hit = (matched !== null ? forNumber(matched) : undefined) ?? forNumber(answer.value);
    return present(hit?.text);
  }
  return null;
}

/** Picks the author's feedback that fits this answer and score. */
export function feedbackFor(
  question: StoredQuestion,
  answer: AnswerValue | null,
  score: AnswerScore,
  marks: number,
): ReviewFeedback {
  const fb = question.feedback ?? {};
  const outcome = feedbackOutcome(answer, score, marks);
  const perOption = fb.perOption ?? {};
  return {
    general: present(fb.general),
    outcome,
    outcomeText: outcome === null ? null : present(fb[outcome]),
    perOption: chosenOptions(answer).flatMap((optionId) => {
      const text = Object.hasOwn(perOption, optionId) ? present(perOption[optionId]) : null;
      return text === null ? [] : [{ optionId, text }];
    }),
    perAnswer: fb.perAnswer ? perAnswerText(question, answer, fb.perAnswer) : null,
    perGap: (question.gaps ?? []).flatMap((gap) => {
      const text =
        fb.perGap && Object.hasOwn(fb.perGap, gap.id) ? present(fb.perGap[gap.id]) : null;
      return text === null ? [] : [{ gapId: gap.id, text }];
    }),
  };
}
