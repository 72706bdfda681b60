import { expect, test, type Page } from '@playwright/test';
import { DEMO_QUESTIONS, signInAs, startDemoExam } from './support/exam-pages';
import { demoLogins } from './support/fixtures';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';

/**
 * A student's display settings, in Chromium against the real preview: chosen
 * once, they survive signing out and in, they carry into the exam and through
 * a reload of it, and the next person on the computer starts with the
 * standard look.
 */
let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

/** The DOM parts read below (the e2e files are type-checked without the DOM library). */
interface Styled {
  getAttribute(name: string): string | null;
}
interface PageGlobals {
  document: { documentElement: Styled; body: Styled; querySelector(s: string): Styled | null };
  getComputedStyle(el: Styled): { fontSize: string; lineHeight: string; backgroundColor: string };
}

/** What the page root says and how the text is drawn. */
function look(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const g = globalThis as unknown as PageGlobals;
    const root = g.document.documentElement;
    const el = g.document.querySelector(sel);
    const style = el ? g.getComputedStyle(el) : null;
    return {
      textSize: root.getAttribute('data-text-size'),
      lineSpacing: root.getAttribute('data-line-spacing'),
      contrast: root.getAttribute('data-contrast'),
      theme: root.getAttribute('data-theme'),
      fontSize: style?.fontSize ?? null,
      lineHeight: style?.lineHeight ?? null,
      background: g.getComputedStyle(g.document.body).backgroundColor,
    };
  }, selector);
}

const standard = {
  textSize: null,
  lineSpacing: null,
  contrast: null,
  theme: null,
  fontSize: '15px',
  background: 'rgb(244, 246, 249)',
};

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}

test('display settings persist across sign-out and in, carry into the exam, and leave the next person alone', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, host, demoLogins.student2);
  await expect(page.getByRole('heading', { level: 1, name: 'My exams' })).toBeVisible();
  expect(await look(page, 'body')).toMatchObject(standard);

  await page.getByRole('button', { name: 'Display settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Display settings' });
  for (const choice of ['Largest (200 %)', 'Wider', 'High contrast', 'Dark']) {
    await dialog.getByRole('radio', { name: choice }).check();
    await expect(dialog.getByRole('status')).toHaveText('Saved. Your exams will look like this.');
  }
  await dialog.getByRole('button', { name: 'Done' }).click();
  const chosen = {
    textSize: 'largest',
    lineSpacing: 'wider',
    contrast: 'high',
    theme: 'dark',
    // Twice the standard 15 px, with 2.1 times that between lines, white on black.
    fontSize: '30px',
    lineHeight: '63px',
    background: 'rgb(0, 0, 0)',
  };
  expect(await look(page, 'body')).toEqual(chosen);

  // Signed out, the computer has the standard look again; so has the next student.
  await signOut(page);
  expect(await look(page, 'body')).toMatchObject(standard);
  await signInAs(page, host, demoLogins.student3);
  await expect(page.getByRole('heading', { level: 1, name: 'My exams' })).toBeVisible();
  expect(await look(page, 'body')).toMatchObject(standard);
  await signOut(page);

  // Back again: the settings came from the database, not from this page.
  await signInAs(page, host, demoLogins.student2);
  await expect(page.getByRole('heading', { level: 1, name: 'My exams' })).toBeVisible();
  await expect.poll(() => look(page, 'body')).toEqual(chosen);

  // Into the exam: the question's text is twice its standard 18 px, lines 2.1 apart.
  await startDemoExam(page);
  expect(await look(page, '.question__text')).toMatchObject({
    ...chosen,
    fontSize: '36px',
    lineHeight: '75.6px',
  });
  await page.reload();
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Question \\d+ of ${DEMO_QUESTIONS}$`) }),
  ).toBeVisible();
  await expect
    .poll(() => look(page, '.question__text'))
    .toMatchObject({ ...chosen, fontSize: '36px', lineHeight: '75.6px' });

  // Changed inside the exam, too, and kept.
  await page.getByRole('button', { name: 'Display settings' }).click();
  const inExam = page.getByRole('dialog', { name: 'Display settings' });
  await inExam.getByRole('radio', { name: 'Light' }).check();
  await expect(inExam.getByRole('status')).toHaveText('Saved. Your exams will look like this.');
  await inExam.getByRole('button', { name: 'Done' }).click();
  expect(await look(page, 'body')).toMatchObject({ theme: null, contrast: 'high' });
  await page.reload();
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Question \\d+ of ${DEMO_QUESTIONS}$`) }),
  ).toBeVisible();
  await expect
    .poll(() => look(page, 'body'))
    .toMatchObject({ theme: null, contrast: 'high', textSize: 'largest' });
});
