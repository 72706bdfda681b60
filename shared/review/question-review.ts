import type { StoredQuestion } from '../domain/bank';
import type { ExamQuestion } from '../domain/exam';
import type { AnswerKeyFor, AnswerValue, QuestionType } from '../domain/questions';
import { scoreVisibleToStudent, type ReviewRelease, type ShowScore } from '../domain/tests';
import { scoreParts } from '../scoring/score-answer';
import type { AnswerScore, PartScore, ScoreOptions } from '../scoring/score-types';
import { feedbackFor, type ReviewFeedback } from './feedback';

/**
 * What a student's per-question review holds once the test releases it:
 * the question as they saw it, their answer and marks, the key, and (when
 * the test releases feedback too) the feedback that fits their answer.
 * Nothing at all before release.
 */

type KeyedType = Exclude<QuestionType, 'essay' | 'description'>;

/** The answer key of a question, tagged by type, as released to the student. */
export type ReleasedKey = { [T in KeyedType]: { type: T; key: AnswerKeyFor<T> } }[KeyedType];

export interface QuestionReview {
  /** The question as the student saw it on their paper (no key in it). */
  question: ExamQuestion;
  answer: AnswerValue | null;
  /** Null while a person still has to grade it, and for a description. */
  marksObtained: number | null;
  isCorrect: boolean | null;
  needsManualGrading: boolean;
  /** Null for essays, descriptions and questions stored without a key. */
  key: ReleasedKey | null;
  /** Matching premises, ordering positions and cloze gaps, each with its marks. */
  parts: PartScore[] | null;
  /** Only when the test releases feedback; null otherwise. */
  feedback: ReviewFeedback | null;
}

export interface QuestionReviewInput {
  /** The question as built for the student's paper (see `examQuestionOf`). */
  view: ExamQuestion;
  /** The exact version the student sat, with its key and feedback. */
  question: StoredQuestion;
  answer: AnswerValue | null;
  /** The stored score of the answer (a grader's marks included). */
  score: AnswerScore;
  release: ReviewRelease;
  scoring: ScoreOptions;
}

function releasedKey(question: StoredQuestion): ReleasedKey | null {
  if (question.type === 'essay' || question.type === 'description' || question.key === null) {
    return null;
  }
  // The key's shape follows the question's type: the schemas tie the two together.
  return { type: question.type, key: question.key } as ReleasedKey;
}

/** The review of one question, or null when the test releases none. */
export function questionReview(input: QuestionReviewInput): QuestionReview | null {
  if (input.release === 'none') return null;
  const { view, question, answer, score } = input;
  if (question.type === 'description') {
    return {
      question: view,
      answer: null,
      marksObtained: null,
      isCorrect: null,
      needsManualGrading: false,
      key: null,
      parts: null,
      feedback: null,
    };
  }
  return {
    question: view,
    answer,
    marksObtained: score.marksObtained,
    isCorrect: score.isCorrect,
    needsManualGrading: score.needsManualGrading,
    key: releasedKey(question),
    parts: scoreParts(question, answer, view.marks, input.scoring),
    feedback:
      input.release === 'answers_and_feedback'
        ? feedbackFor(question, answer, score, view.marks)
        : null,
  };
}

/** Whether the per-question review may be shown now: released, and the score visible. */
export function reviewVisible(
  release: ReviewRelease,
  showScore: ShowScore,
  attemptStatus: string,
): boolean {
  return release !== 'none' && scoreVisibleToStudent(showScore, attemptStatus);
}

/** The whole review of an attempt, in paper order; null while it may not be shown. */
export function attemptReview(
  items: readonly Omit<QuestionReviewInput, 'release' | 'scoring'>[],
  settings: {
    release: ReviewRelease;
    showScore: ShowScore;
    attemptStatus: string;
    scoring: ScoreOptions;
  },
): QuestionReview[] | null {
  if (!reviewVisible(settings.release, settings.showScore, settings.attemptStatus)) return null;
  return items.flatMap((item) => {
    const review = questionReview({
      ...item,
      release: settings.release,
      scoring: settings.scoring,
    });
    return review ? [review] : [];
  });
}
