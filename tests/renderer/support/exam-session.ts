import type { ExamQuestion, ExamSession } from '@shared/domain/exam';
import type { QuestionType } from '@shared/domain/questions';
import { sequentialIds } from '@shared/ids';

const ids = sequentialIds(Date.UTC(2026, 5, 1), 7);

const options = [
  { id: 'a', text: 'Paris' },
  { id: 'b', text: 'Lyon' },
  { id: 'c', text: 'Marseille' },
];

/** One question of a type, as main gives it to the exam screen (no key). */
export function examQuestion(type: QuestionType, number: number): ExamQuestion {
  const choice = type === 'single_choice' || type === 'multiple_response';
  return {
    questionId: ids(),
    versionId: ids(),
    number,
    type,
    text: `Question ${number} (${type})`,
    options: choice ? options : null,
    marks: 2,
    settings: type === 'essay' ? { minWords: 3, maxWords: 10 } : {},
  };
}

/** An attempt in progress with one question of each type in the given order, nothing answered. */
export function examSession(
  types: QuestionType[] = ['short_answer', 'single_choice', 'essay'],
): ExamSession {
  return {
    attemptId: ids(),
    testId: ids(),
    testName: 'Outbox test',
    attemptNo: 1,
    status: 'in_progress',
    allowReview: true,
    startedAt: '2026-06-01T09:00:00.000Z',
    questions: types.map((type, i) => examQuestion(type, i + 1)),
    answers: [],
    clock: {
      limitMs: 1_800_000,
      accommodationMs: 0,
      extraMs: 0,
      elapsedMs: 0,
      remainingMs: 1_800_000,
      breaks: { allowanceMs: 0, usedMs: 0, state: null },
    },
  };
}
