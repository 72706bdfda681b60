import type { LabClient } from './api';

export const LAB_TEST_NAME = 'Lab load test — 40 questions';
export const LAB_QUESTIONS = 40;
export const OPTION_IDS = ['a', 'b', 'c', 'd'] as const;

/**
 * The lab's paper, made as an author makes it: 40 single-choice questions
 * through the question bank, one test of them with shuffled options, published.
 * Returns the test's id.
 */
export async function publishLabTest(author: LabClient): Promise<string> {
  const questionIds: string[] = [];
  for (let i = 0; i < LAB_QUESTIONS; i += 1) {
    const created = await author.ok('questions.create', {
      content: {
        type: 'single_choice',
        text: `Lab question ${String(i + 1)}: which option is the right one?`,
        options: OPTION_IDS.map((id) => ({ id, text: `Option ${id.toUpperCase()}` })),
        key: { optionId: OPTION_IDS[i % OPTION_IDS.length]! },
        marks: 1,
        difficulty: 'medium',
        tags: ['lab'],
        settings: {},
      },
    });
    questionIds.push(created.id);
  }
  const test = await author.ok('tests.create', {
    settings: { name: LAB_TEST_NAME, shuffle: true, attemptsAllowed: 1, timerMinutes: 180 },
  });
  await author.ok('tests.setQuestions', {
    id: test.id,
    questions: questionIds.map((questionId) => ({ questionId, marks: 1 })),
  });
  await author.ok('tests.publish', { id: test.id });
  return test.id;
}
