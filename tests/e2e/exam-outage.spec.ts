import { expect, test, type Page, type Route } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import {
  answerCorrectly,
  answerGiven,
  DEMO_ANSWERABLE,
  DEMO_QUESTIONS,
  demoQuestionByStoredText,
  demoQuestionOnScreen,
  signInAs,
  startDemoExam,
} from './support/exam-pages';

/** How a save fails: main not reached at all, or reached with its answer lost on the way back. */
type Outage = 'none' | 'unreachable' | 'answer-lost';

interface Attempt {
  questions: Array<{ questionId: string; text: string }>;
  answers: Array<{ questionId: string; answer: unknown }>;
}

const ESSAY_AFTERTHOUGHT = ' Then drink it.';

let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

/** The attempt as main has it on disk, read through the API with this tab's own session. */
async function readAttempt(page: Page, attemptId: string): Promise<Attempt> {
  const result = await page.evaluate(async (id) => {
    // Runs in the page; this file is type-checked without the DOM library.
    const { sessionStorage } = globalThis as unknown as {
      sessionStorage: { getItem: (key: string) => string | null };
    };
    const response = await fetch('/api/exams.resume', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-exam-token': sessionStorage.getItem('exam-preview-token') ?? '',
        'x-exam-tab': sessionStorage.getItem('exam-preview-tab') ?? '',
      },
      body: JSON.stringify({ attemptId: id }),
    });
    return (await response.json()) as { ok: boolean; value: Attempt };
  }, attemptId);
  expect(result.ok).toBe(true);
  return result.value;
}

/** Each saved answer by its question's text. */
async function savedAnswers(page: Page, attemptId: string): Promise<Record<string, unknown>> {
  const attempt = await readAttempt(page, attemptId);
  const textOf = new Map(attempt.questions.map((q) => [q.questionId, q.text]));
  const byText: Record<string, unknown> = {};
  for (const a of attempt.answers) {
    byText[demoQuestionByStoredText(textOf.get(a.questionId) ?? a.questionId).text] = a.answer;
  }
  return byText;
}

test('every answer given while the exam service fails reaches the database once it recovers', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let outage: Outage = 'none';
  let failed = 0;

  await page.route('**/api/exams.saveAnswer', async (route: Route) => {
    if (outage === 'unreachable') {
      failed += 1;
      await route.abort('connectionrefused');
    } else if (outage === 'answer-lost') {
      failed += 1;
      // Main commits, but the page never hears so: it tries again, and saving twice is harmless.
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });

  await signInAs(page, host, 'student3@northfield.example');
  await startDemoExam(page);
  const attemptId = /#\/exam\/([0-9a-f-]+)/.exec(page.url())?.[1] ?? '';
  expect(await savedAnswers(page, attemptId)).toEqual({});

  const indicator = page.getByTestId('save-indicator');
  const expected: Record<string, unknown> = {};
  for (let i = 1; i <= DEMO_QUESTIONS; i += 1) {
    if (i === 1 || i === 8) outage = 'unreachable';
    if (i === 4) outage = 'answer-lost';
    await expect(
      page.getByRole('heading', { name: `Question ${i} of ${DEMO_QUESTIONS}` }),
    ).toBeVisible();
    const q = await demoQuestionOnScreen(page);
    const type = await answerCorrectly(page);
    if (type === 'essay') {
      // Key by key, so saves are asked for while earlier ones are failing or still out.
      await page.getByLabel('Your answer').pressSequentially(ESSAY_AFTERTHOUGHT);
    }
    if (type !== 'description') {
      expected[q.text] = answerGiven(q, ESSAY_AFTERTHOUGHT);
      await expect(indicator).toContainText('Not saved yet — retrying');
    }
    if (i < DEMO_QUESTIONS) await page.getByRole('button', { name: 'Next' }).click();
  }
  expect(failed).toBeGreaterThanOrEqual(DEMO_ANSWERABLE);
  await expect(page.getByText(`${DEMO_ANSWERABLE} of ${DEMO_ANSWERABLE} answered`)).toBeVisible();
  // Questions 8 on were answered while main could not be reached: none of them is on disk yet.
  expect(Object.keys(await savedAnswers(page, attemptId)).length).toBeLessThanOrEqual(7);

  // Main answers again while the student stays put: only the page's own retries can catch up,
  // and they are at most two seconds apart.
  outage = 'none';
  await expect(indicator).toContainText('Saved on this computer', { timeout: 20_000 });
  expect(Object.keys(expected)).toHaveLength(DEMO_ANSWERABLE);
  expect(await savedAnswers(page, attemptId)).toEqual(expected);
});
