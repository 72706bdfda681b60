import { expect, test, type Page } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import {
  answerCorrectly,
  currentQuestionText,
  expectSaved,
  signInAs,
  startDemoExam,
} from './support/exam-pages';

/** Property names that would carry an answer key or a verdict to the page. */
const KEY_FIELDS = [
  '"key"',
  '"correctAnswer"',
  '"accepted"',
  '"tolerance"',
  '"isCorrect"',
  '"marksObtained"',
];

// One host for this file, so these exams never meet other files' data; the tests build on each other.
test.describe.configure({ mode: 'serial' });

let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

async function paletteTexts(page: Page, count: number): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    await page.getByRole('button', { name: new RegExp(`^Question ${i},`) }).click();
    await expect(page.getByRole('heading', { name: `Question ${i} of 11` })).toBeVisible();
    texts.push(await currentQuestionText(page));
  }
  return texts;
}

test('a student takes the demo exam, answering every question type, and sees the score', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const payloads: Array<{ url: string; body: string }> = [];
  const reading: Array<Promise<void>> = [];
  page.on('response', (response) => {
    if (!response.url().includes('/api/') || response.url().includes('/api/events')) return;
    reading.push(
      response
        .text()
        .catch(() => '')
        .then((body) => {
          payloads.push({ url: response.url(), body });
        }),
    );
  });
  await signInAs(page, host, 'student1@northfield.example');
  await startDemoExam(page);
  const types = new Set<string>();
  for (let i = 1; i <= 11; i += 1) {
    await expect(page.getByRole('heading', { name: `Question ${i} of 11` })).toBeVisible();
    types.add(await answerCorrectly(page));
    await expectSaved(page);
    if (i === 4) await page.getByRole('button', { name: 'Flag for review' }).click();
    if (i < 11) await page.getByRole('button', { name: 'Next' }).click();
  }
  expect([...types].sort()).toEqual([
    'essay',
    'multiple_response',
    'numeric',
    'short_answer',
    'single_choice',
    'true_false',
  ]);
  await expect(page.getByRole('button', { name: /^Question 4, answered, flagged$/ })).toBeVisible();
  await expect(page.getByText('11 of 11 answered · 1 flagged')).toBeVisible();

  await page.getByRole('button', { name: 'Review answers' }).click();
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText('You have answered every question.')).toBeVisible();

  // Before submitting, nothing the page received carries a key.
  await Promise.all(reading);
  expect(payloads.length).toBeGreaterThan(20);
  for (const p of payloads) {
    for (const field of KEY_FIELDS)
      expect(p.body, `${p.url} carries ${field}`).not.toContain(field);
  }

  await page.getByRole('button', { name: 'Submit exam' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit your exam?' });
  await expect(dialog).toContainText('You have answered every question.');
  await dialog.getByRole('button', { name: 'Submit now' }).click();
  await expect(page.getByRole('heading', { name: 'Exam submitted' })).toBeVisible();
  // Every objective answer is right; the 4-mark essay waits for a grader.
  await expect(page.getByTestId('score')).toContainText('16 / 20');
  await expect(page.getByTestId('score')).toContainText('1 answer awaiting grading');
});

test('a reload mid-exam brings back the answers, the order and the time', async ({ page }) => {
  await signInAs(page, host, 'student2@northfield.example');
  await startDemoExam(page);
  await answerCorrectly(page);
  await expectSaved(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await answerCorrectly(page);
  await expectSaved(page);
  const before = await paletteTexts(page, 11);
  await page.waitForTimeout(2_500);
  const timerBefore = await page.getByRole('timer').getAttribute('aria-label');

  await page.reload();
  await expect(page.getByRole('heading', { name: /^Question \d+ of 11$/ })).toBeVisible();
  expect(await paletteTexts(page, 11)).toEqual(before);
  await expect(page.getByText('2 of 11 answered')).toBeVisible();
  await page.getByRole('button', { name: /^Question 1,/ }).click();
  await expect(page.getByRole('button', { name: /^Question 1, answered/ })).toBeVisible();
  // The clock kept running in main: the time left did not reset to 30:00 and only went down.
  const timerAfter = await page.getByRole('timer').getAttribute('aria-label');
  expect(timerAfter).not.toBe('Time left 30:00');
  expect(timerAfter! <= timerBefore!).toBe(true);
});

test('the proctor sees the attempt and can add time, which the student sees', async ({
  page,
  browser,
}) => {
  // The student from the test before, back in their exam.
  await signInAs(page, host, 'student2@northfield.example');
  await startDemoExam(page);
  const proctorContext = await browser.newContext();
  const proctor = await proctorContext.newPage();
  await signInAs(proctor, host, 'proctor@northfield.example');
  await expect(proctor.getByRole('heading', { level: 1, name: 'Proctor console' })).toBeVisible();
  const row = proctor.getByRole('row', { name: /Tara Student/ });
  await expect(row).toContainText('2 / 11');
  await expect(row).toContainText('This computer');
  await row.getByRole('button', { name: 'Extend time for Tara Student' }).click();
  const dialog = proctor.getByRole('dialog', { name: 'Extend time' });
  await dialog.getByLabel('Minutes to add').fill('15');
  await dialog.getByLabel('Reason (kept in the audit trail)').fill('Late start in room 4');
  await dialog.getByRole('button', { name: 'Add time' }).click();
  await expect(row).toContainText('(+15 min)');
  // The student's timer now shows more than the 30 minutes the test allows.
  await expect(page.getByRole('timer')).toHaveAttribute('aria-label', /Time left 4[0-4]:\d\d/);
  await proctorContext.close();
});

test('killing the preview host mid-exam loses nothing that was acknowledged', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, host, 'student3@northfield.example');
  await startDemoExam(page);
  const answered: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    answered.push(await currentQuestionText(page));
    await answerCorrectly(page);
    await expectSaved(page);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  const order = await paletteTexts(page, 11);

  await host.kill();
  await host.restart();
  await page.reload();
  // The host's sessions died with it; the student signs in again and resumes.
  await signInAs(page, host, 'student3@northfield.example');
  await expect(page.getByText('In progress')).toBeVisible();
  await startDemoExam(page);
  await expect(page.getByText('4 of 11 answered')).toBeVisible();
  expect(await paletteTexts(page, 11)).toEqual(order);
  for (let i = 1; i <= 4; i += 1) {
    await expect(
      page.getByRole('button', { name: new RegExp(`^Question ${i}, answered`) }),
    ).toBeVisible();
  }
  expect(order.slice(0, 4)).toEqual(answered);
});

test('a proctor ends an attempt with a reason, and the student sees it ended', async ({
  page,
  browser,
}) => {
  // Umar's attempt from the test before is still running.
  await signInAs(page, host, 'student3@northfield.example');
  await startDemoExam(page);
  const proctorContext = await browser.newContext();
  const proctor = await proctorContext.newPage();
  await signInAs(proctor, host, 'proctor@northfield.example');
  const row = proctor
    .getByRole('region', { name: 'In progress' })
    .getByRole('row', { name: /Umar Student/ });
  await expect(row).toContainText('4 / 11');
  await row.getByRole('button', { name: 'End the attempt of Umar Student' }).click();
  const dialog = proctor.getByRole('dialog', { name: 'End this attempt' });
  await dialog.getByRole('button', { name: 'End attempt' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Say why, for the audit trail');
  await dialog.getByLabel('Reason (kept in the audit trail)').fill('Left the room unwell');
  await dialog.getByRole('button', { name: 'End attempt' }).click();
  await expect(
    proctor.getByRole('region', { name: 'Ended today' }).getByRole('row', { name: /Umar Student/ }),
  ).toContainText('Ended by proctor');
  await expect(page.getByRole('heading', { name: 'Exam submitted' })).toBeVisible();
  await expect(page.getByText('Your proctor ended it')).toBeVisible();
  await expect(page.getByText('You answered 4 of 11 questions.')).toBeVisible();
  await proctorContext.close();
});

test('when time runs out the exam submits itself with the saved answers', async ({ page }) => {
  test.setTimeout(120_000);
  // A preview whose clocks run 60 times faster: the 30-minute demo exam lasts 30 seconds.
  const fast = await startPreviewProcess({ env: { EXAM_PREVIEW_CLOCK_RATE: '60' } });
  try {
    await signInAs(page, fast, 'student1@northfield.example');
    await startDemoExam(page);
    await answerCorrectly(page);
    await expectSaved(page);
    await expect(page.getByRole('status').filter({ hasText: '10 minutes left.' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('heading', { name: 'Exam submitted' })).toBeVisible({
      timeout: 45_000,
    });
    await expect(page.getByText(/Time ran out, and it was submitted/)).toBeVisible();
    await expect(page.getByText('You answered 1 of 11 questions.')).toBeVisible();
  } finally {
    await fast.stop();
  }
});
