import { expect, test } from '@playwright/test';
import { accent } from '@shared/i18n/pseudo-accent';
import { DEMO_PASSWORD, demoLogins } from './support/fixtures';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { expectNoPlainEnglish, pseudo } from './support/pseudo-text';

/**
 * The student's whole way through the app in the pseudo-locale (every
 * catalogue message accented and bracketed): sign-in, My exams, the start
 * dialog, every question of the demo exam, the review, submitting, the result
 * and the released review. Any visible text with a plain letter that is not
 * data (a name, a test's name, a question's words, a date) is a string that
 * is not in a catalogue, and the test names it.
 */
let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

test('every screen of a student’s exam is in the catalogues', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${host.url}&locale=en-XA`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.getByRole('button', { name: pseudo('Sign in') })).toBeVisible();
  await expectNoPlainEnglish(page, 'sign-in');

  await page.getByLabel(pseudo('Email')).fill(demoLogins.student1);
  await page.getByLabel(pseudo('Password')).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: pseudo('Sign in') }).click();
  await expect(page.getByRole('heading', { level: 1, name: pseudo('My exams') })).toBeVisible();
  await expect(page.getByRole('button', { name: pseudo('Start exam') }).first()).toBeVisible();
  await expectNoPlainEnglish(page, 'My exams');

  await page.getByRole('button', { name: pseudo('Display settings') }).click();
  await expect(page.getByRole('dialog', { name: pseudo('Display settings') })).toBeVisible();
  await expectNoPlainEnglish(page, 'display settings');
  await page.getByRole('button', { name: pseudo('Done') }).click();

  await page
    .getByRole('button', { name: pseudo('Start exam') })
    .first()
    .click();
  const start = page.getByRole('dialog');
  await expect(start.getByRole('button', { name: pseudo('Start exam') })).toBeVisible();
  await expectNoPlainEnglish(page, 'the start dialog');
  await start.getByRole('button', { name: pseudo('Start exam') }).click();

  const questionHeading = page.locator('.question__number');
  await expect(questionHeading).toContainText(accent('Question'));
  const total = Number(/(\d+)\]?$/u.exec((await questionHeading.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(1);
  for (let n = 1; n <= total; n += 1) {
    await expect(questionHeading).toContainText(`${accent('Question')} ${n} `);
    // A choice picked and a number typed, so the save receipt and the palette's counts show too.
    const firstRadio = page.locator('.question input[type="radio"]').first();
    if ((await firstRadio.count()) > 0) await firstRadio.check();
    const numberBox = page.getByLabel(pseudo('Your answer (a number)'));
    if ((await numberBox.count()) > 0) await numberBox.fill('75');
    await expectNoPlainEnglish(page, `question ${n}`);
    if (n < total) await page.getByRole('button', { name: pseudo('Next'), exact: true }).click();
  }

  await page.getByRole('button', { name: pseudo('Review answers') }).click();
  await expect(page.getByRole('heading', { name: pseudo('Review your answers') })).toBeVisible();
  await expectNoPlainEnglish(page, 'the review');

  await page.getByRole('button', { name: pseudo('Submit exam') }).click();
  const confirm = page.getByRole('dialog', { name: pseudo('Submit your exam?') });
  await expect(confirm).toBeVisible();
  await expectNoPlainEnglish(page, 'the submit dialog');
  await confirm.getByRole('button', { name: pseudo('Submit now') }).click();

  await expect(page.getByRole('heading', { name: pseudo('Exam submitted') })).toBeVisible();
  await expectNoPlainEnglish(page, 'the result');

  await page.getByRole('link', { name: pseudo('Back to my exams') }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: pseudo('Past attempts') }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: pseudo('Past attempts') })).toBeVisible();
  await expectNoPlainEnglish(page, 'My exams with a past attempt');

  // The demo exam releases its review at once.
  await page
    .getByRole('link', { name: pseudo('See your answers') })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: pseudo('Your answers') })).toBeVisible();
  await expectNoPlainEnglish(page, 'the released review');
});
