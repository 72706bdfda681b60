import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { plainTextOf } from '@shared/content/plain-text';
import type { ContentFormat } from '@shared/domain/question-parts';
import { localeNames } from '@shared/i18n/locales';
import { accent } from '@shared/i18n/pseudo-accent';
import { DEMO_PASSWORD, demoLogins } from './support/fixtures';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';

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

/** A whole message as the pseudo-locale shows it. */
const pseudo = (english: string) => `[${accent(english)}]`;

interface DemoData {
  organisation: { name: string };
  people: Array<{ name: string }>;
  questions: Array<{ text: string; format?: ContentFormat }>;
  tests: Array<{ name: string; description?: string | null }>;
}

const demo = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../resources/demo/demo-organisation.json'), 'utf8'),
) as DemoData;

/** Every string anywhere in a value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Everything on screen that is the organisation's data, not the app's words. */
const data: string[] = [
  DEMO_PASSWORD,
  // Each language is named in its own words in a language menu, never translated.
  ...Object.values(localeNames),
  demo.organisation.name,
  // The organisation's initials, where it has no logo.
  demo.organisation.name
    .split(/\s+/u)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join(''),
  ...demo.people.map((p) => p.name),
  ...demo.people.map((p) => p.name.split(/\s+/u)[0] ?? p.name),
  ...demo.tests.flatMap((t) => [t.name, t.description ?? '']),
  // Every word an author wrote into a question: its text, options, keys and feedback.
  ...demo.questions.flatMap((q) =>
    stringsIn(q).flatMap((text) => [text, plainTextOf(q.format, text)]),
  ),
]
  .map((text) => text.replace(/\s+/gu, ' ').trim())
  .filter((text) => text !== '')
  .sort((a, b) => b.length - a.length);

/** English dates and times (the pseudo-locale formats them as English does) and e-mail addresses. */
const notWords = [
  /\S+@\S+\.\w+/gu,
  /\b(?:AM|PM)\b/gu,
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/gu,
];

/** The visible text of the page, node by node, with where each sits. */
const visibleTextScript = `(() => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (text === '' || !parent) continue;
    // A formula's and a rich question's own markup are the author's words.
    if (parent.closest('.rich-text, .katex, script, style, noscript')) continue;
    if (!parent.checkVisibility({ visibilityProperty: true }) && parent.tagName !== 'OPTION') continue;
    const where = parent.tagName.toLowerCase() + (parent.className ? '.' + String(parent.className).split(' ')[0] : '');
    found.push({ text, where });
  }
  return found;
})()`;

async function expectNoPlainEnglish(page: Page, screen: string): Promise<void> {
  // Let the screen settle (queries answer, notices appear) before it is read.
  await page.waitForLoadState('networkidle');
  const nodes = await page.evaluate<Array<{ text: string; where: string }>>(visibleTextScript);
  const plain = nodes.filter(({ text }) => {
    // The review lists each question's opening words, cut with an ellipsis.
    const shown = text.replace(/…$/u, '');
    if (data.some((d) => d.includes(shown))) return false;
    let rest = text;
    for (const pattern of notWords) rest = rest.replace(pattern, ' ');
    for (const d of data) rest = rest.split(d).join(' ');
    return /[A-Za-z]/u.test(rest);
  });
  expect(plain, `text not in a catalogue on ${screen}`).toEqual([]);
  expect(nodes.length, `${screen} shows text`).toBeGreaterThan(0);
}

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
