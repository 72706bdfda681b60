import type { TestClient } from '../../../helpers/core';
import type { QuestionContentInput } from '@shared/domain/questions';
import type { TestSettings } from '@shared/domain/tests';

/** Texts that exist only in the sealed paper, so a raw-byte scan finds them nowhere else. */
export const SEALED_TEXT = {
  stem: 'Which moon of Neptune orbits backwards (sealed paper)?',
  right: 'Triton-retrograde-answer',
  wrong: 'Nereid-prograde-option',
  feedback: 'Captured from the Kuiper belt, sealed feedback',
  essay: 'Explain tidal locking in the sealed essay prompt',
} as const;

export const sealedQuestions: QuestionContentInput[] = [
  {
    type: 'single_choice',
    text: SEALED_TEXT.stem,
    options: [
      { id: 'a', text: SEALED_TEXT.right },
      { id: 'b', text: SEALED_TEXT.wrong },
    ],
    key: { optionId: 'a' },
    marks: 2,
    difficulty: 'medium',
    tags: ['astronomy'],
    feedback: { general: SEALED_TEXT.feedback },
  },
  {
    type: 'essay',
    text: SEALED_TEXT.essay,
    options: null,
    key: null,
    marks: 3,
    difficulty: null,
    tags: [],
  },
];

/**
 * A sealed test built through the authoring API as staff would: the test is
 * sealed first and its questions are written into it, so their content is
 * never stored plain; then it is published. With `sealed: false`, the same
 * paper unsealed, to compare with.
 */
/** A 30-minute paper a start code opens: the settings the sealed-test suites start from. */
export const startCodePaperSettings = {
  name: 'Sealed mock paper',
  description: null,
  timerMinutes: 30,
  shuffle: false,
  allowReview: true,
  attemptsAllowed: 1,
  availableFrom: null,
  availableUntil: null,
  startCodeRequired: true,
  showScore: 'immediately',
  negativeMarking: false,
  passMark: null,
  expectedTotalMarks: null,
} as const;

export async function publishSealedTest(
  author: Pick<TestClient, 'ok'>,
  settings: Partial<TestSettings> = {},
): Promise<{ testId: string; questionIds: string[] }> {
  const test = await author.ok('tests.create', {
    settings: { ...startCodePaperSettings, sealed: true, ...settings },
  });
  const questionIds: string[] = [];
  for (const content of sealedQuestions) {
    const q = await author.ok(
      'questions.create',
      test.sealed ? { content, sealedTestId: test.id } : { content },
    );
    questionIds.push(q.id);
  }
  await author.ok('tests.setQuestions', {
    id: test.id,
    questions: questionIds.map((questionId, i) => ({
      questionId,
      marks: sealedQuestions[i]?.marks ?? 1,
    })),
  });
  await author.ok('tests.publish', { id: test.id });
  return { testId: test.id, questionIds };
}
