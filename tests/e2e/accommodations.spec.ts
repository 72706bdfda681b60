import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerSome, DEMO_QUESTIONS, signInAs, startDemoExam } from './support/exam-pages';
import { demoLogins } from './support/fixtures';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';

/**
 * Accommodations end to end, in Chromium against the real preview: staff set
 * them in admin mode, the student sits the exam with them, a proctor approves
 * a rest break from the console, and the exam says every change in words.
 */
test.describe.configure({ mode: 'serial' });

let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

/** The seconds left on the exam timer, read from its label (`Time left 44:58`). */
async function secondsLeft(page: Page): Promise<number> {
  const label = (await page.getByRole('timer').getAttribute('aria-label')) ?? '';
  const match = /Time left (?:(\d+):)?(\d+):(\d\d)/.exec(label);
  if (!match) throw new Error(`no time on the timer: "${label}"`);
  const [, h, m, s] = match;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
}

/** The words of the exam's polite live region, which must also be on screen. */
function notice(page: Page): Locator {
  return page.getByRole('status').filter({ has: page.locator('.exam-notice') });
}

test('staff give a student time and a half and rest breaks; the exam says so, pauses for an approved break, and keeps time right', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // The admin sets Sam's accommodation from People.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, host, demoLogins.admin);
  await admin.goto(`${host.origin}/#/people`);
  await admin.getByRole('button', { name: 'Sam Student' }).click();
  await admin.getByRole('button', { name: 'Accommodations…' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Accommodations for Sam Student' });
  await expect(dialog.getByText('None yet')).toBeVisible();
  await dialog.getByLabel('Time multiplier').fill('0.5');
  await dialog.getByRole('button', { name: 'Save accommodation' }).click();
  // Refused in words, next to the field.
  await expect(dialog.getByText('Time multiplier must be at least 1 (the usual time)')).toHaveCount(
    2,
  );
  await dialog.getByLabel('Time multiplier').fill('1.5');
  await dialog.getByLabel('Rest break minutes').fill('10');
  await dialog.getByLabel('Note (for staff)').fill('Learning support plan');
  await dialog.getByRole('button', { name: 'Save accommodation' }).click();
  await expect(dialog.getByText('Saved for every test.')).toBeVisible();
  await expect(
    dialog.getByRole('row', { name: /Every test 1\.5 × the time, 10 minutes of rest breaks/ }),
  ).toBeVisible();
  await adminContext.close();

  // Sam sees the time arranged before starting, and is told it once the exam opens.
  const studentContext = await browser.newContext();
  const page = await studentContext.newPage();
  await signInAs(page, host, demoLogins.student1);
  await expect(page.getByText('30 minutes + 15 minutes extra time for you')).toBeVisible();
  await expect(page.getByText('Up to 10 minutes, each approved by your proctor')).toBeVisible();
  const started = Date.now();
  await startDemoExam(page);
  await expect(notice(page)).toContainText(
    'Your time includes 15 minutes of extra time arranged for you.',
  );
  await expect(notice(page)).toContainText('You may take up to 10 minutes of rest breaks.');
  expect(await secondsLeft(page)).toBeGreaterThan(44 * 60 + 50);
  // The paper is shuffled: the first question on screen may be a description, with nothing to answer.
  await answerSome(page, 1);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.exam-notice')).toHaveCount(0);

  await page.getByRole('button', { name: 'Ask for a rest break' }).click();
  await expect(notice(page)).toContainText('Your proctor has been asked for a rest break.');

  // The proctor approves it from the console.
  const proctorContext = await browser.newContext();
  const proctor = await proctorContext.newPage();
  await signInAs(proctor, host, demoLogins.proctor);
  const row = proctor.getByRole('row', { name: /Sam Student/ });
  await expect(row).toContainText('Asks for a rest break');
  await expect(row).toContainText('includes 15:00 arranged');
  await row.getByRole('button', { name: 'Approve break for Sam Student' }).click();
  await expect(row).toContainText('On a rest break');

  // The clock stands still through the break, which counts its own time.
  await expect(page.getByRole('heading', { name: 'You are on a rest break' })).toBeVisible();
  const breakStarted = Date.now();
  await expect(notice(page)).toContainText('Your rest break has started. The exam clock is paused');
  await expect(page.getByRole('timer')).toHaveAttribute('aria-label', /paused for your break/);
  const atBreak = await secondsLeft(page);
  await page.waitForTimeout(4_000);
  expect(await secondsLeft(page)).toBe(atBreak);
  const breakLeft = (await page.getByTestId('break-left').textContent()) ?? '';
  expect(breakLeft).toMatch(/^9:5\d$/);
  await expect(page.getByRole('navigation', { name: 'Questions' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Back to my exam' }).click();
  const breakMs = Date.now() - breakStarted;
  await expect(notice(page)).toContainText(
    'Your break has ended. The exam clock is running again.',
  );
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Question \\d+ of ${DEMO_QUESTIONS}$`) }),
  ).toBeVisible();
  // Exam time is the time since the start less the break: 45 minutes less that, within a few seconds.
  await page.waitForTimeout(2_000);
  const examSeconds = (Date.now() - started - breakMs) / 1000;
  const left = await secondsLeft(page);
  expect(left).toBeLessThanOrEqual(45 * 60 - examSeconds + 3);
  expect(left).toBeGreaterThanOrEqual(45 * 60 - examSeconds - 3);
  await expect(row).not.toContainText('On a rest break');

  // Time a proctor adds is said too, with the time left, so the timer never jumps silently.
  await row.getByRole('button', { name: 'Extend time for Sam Student' }).click();
  const extend = proctor.getByRole('dialog', { name: 'Extend time' });
  await extend.getByLabel('Minutes to add').fill('5');
  await extend.getByLabel('Reason (kept in the audit trail)').fill('Fire alarm');
  await extend.getByRole('button', { name: 'Add time' }).click();
  await expect(notice(page)).toContainText(
    /Your proctor gave you 5 minutes more\. You now have 4\d minutes left\./,
  );
  expect(await secondsLeft(page)).toBeGreaterThan(left + 4 * 60);
  await proctorContext.close();

  // The break is in the audit trail apart from the exam's own changes.
  const auditContext = await browser.newContext();
  const audit = await auditContext.newPage();
  await signInAs(audit, host, demoLogins.admin);
  await audit.goto(`${host.origin}/#/audit`);
  await expect(audit.getByRole('main')).toContainText(/break/i);
  await auditContext.close();
  await studentContext.close();
});
