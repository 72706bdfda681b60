/**
 * axe-core over every screen, in Chromium against the real preview host with
 * the demo organisation: login, My exams, the start dialog, each question of
 * the demo exam (every item type, answered and flagged), review, the submit
 * dialog and the result; then the staff screens the accessibility spec walks
 * through, the question editor and the proctor console. The total number of
 * violations (one per rule per screen) should be 0.
 */
import { chromium, type Page } from '@playwright/test';
import { axeViolations, STAFF_SCREENS } from '../e2e/support/axe-screens';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { answerCorrectly, DEMO_QUESTIONS } from '../e2e/support/exam-pages';
import { startPreviewProcess, type PreviewProcess } from '../e2e/support/preview-process';

const PASSWORD = 'demo1234';

/** One screen's violations, under its name. */
type Found = Array<{ screen: string; violations: string[] }>;

async function signIn(page: Page, host: PreviewProcess, email: string): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function studentScreens(
  page: Page,
  host: PreviewProcess,
  check: (s: string) => Promise<void>,
) {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await check('login');
  await signIn(page, host, 'student3@northfield.example');
  await page.getByRole('heading', { level: 1, name: 'My exams' }).waitFor();
  await check('my exams');
  await page.getByRole('button', { name: 'Start exam' }).first().click();
  await page.getByRole('dialog').waitFor();
  await check('start dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Start exam' }).click();
  for (let n = 1; n <= DEMO_QUESTIONS; n += 1) {
    await page.getByRole('heading', { name: `Question ${n} of ${DEMO_QUESTIONS}` }).waitFor();
    const type = await answerCorrectly(page);
    await page.getByRole('button', { name: 'Flag for review' }).click();
    await check(`question ${n} (${type})`);
    if (n < DEMO_QUESTIONS) await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Review answers' }).click();
  await page.getByRole('heading', { name: 'Review your answers' }).waitFor();
  await check('review');
  await page.getByRole('button', { name: 'Submit exam' }).click();
  const submit = page.getByRole('dialog', { name: 'Submit your exam?' });
  await submit.waitFor();
  await check('submit dialog');
  await submit.getByRole('button', { name: 'Submit now' }).click();
  await page.getByRole('heading', { name: 'Exam submitted' }).waitFor();
  await check('result');
}

async function staffScreens(page: Page, host: PreviewProcess, check: (s: string) => Promise<void>) {
  await signIn(page, host, 'admin@northfield.example');
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  for (const screen of STAFF_SCREENS) {
    await page.goto(`${host.origin}/#/${screen}`);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await check(`admin #/${screen}`);
  }
  await page.goto(`${host.origin}/#/questions`);
  await page.getByRole('button', { name: 'New question' }).click();
  await page.getByRole('form', { name: 'New question' }).waitFor();
  await check('question editor');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, host, 'proctor@northfield.example');
  await page.getByRole('heading', { level: 1, name: 'Proctor console' }).waitFor();
  await page.waitForLoadState('networkidle');
  await check('proctor console');
}

export async function countAxeViolations(): Promise<{
  axe_violations: number;
  axe_screens: number;
  found: Found;
}> {
  const host = await startPreviewProcess();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const found: Found = [];
  let screens = 0;
  try {
    // A page of its own for each walk, so the student's session does not carry over.
    for (const walk of [studentScreens, staffScreens]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await walk(page, host, async (screen) => {
        screens += 1;
        const violations = await axeViolations(page);
        if (violations.length > 0) found.push({ screen, violations });
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  const total = found.reduce((sum, f) => sum + f.violations.length, 0);
  return { axe_violations: total, axe_screens: screens, found };
}
