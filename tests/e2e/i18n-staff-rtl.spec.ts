import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoLogins } from './support/fixtures';
import { signInAs } from './support/exam-pages';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';

/**
 * An organisation that works in Arabic: its admin chooses the language once,
 * and the staff bank, the question editor and a student's exam are then laid
 * out right to left — the navigation and the palette on the right, text
 * starting at the right edge, nothing scrolling sideways — with no
 * accessibility violation.
 */
let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

/** The DOM shapes read here (the e2e files are type-checked without the DOM library). */
interface Rect {
  left: number;
  right: number;
}
interface Measured {
  getBoundingClientRect(): Rect;
  scrollWidth: number;
  clientWidth: number;
}
interface InPage {
  document: {
    documentElement: Measured;
    querySelector(selector: string): Measured | null;
    createRange(): { selectNodeContents(node: Measured): void; getBoundingClientRect(): Rect };
  };
  getComputedStyle(element: Measured): { paddingLeft: string; paddingRight: string };
}

/** Where an element's box sits across the window, and where its text runs inside it. */
function layoutOf(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const g = globalThis as unknown as InPage;
    const element = g.document.querySelector(sel);
    if (!element) return null;
    const box = element.getBoundingClientRect();
    const range = g.document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    const style = g.getComputedStyle(element);
    return {
      left: box.left,
      right: box.right,
      contentLeft: box.left + Number.parseFloat(style.paddingLeft),
      contentRight: box.right - Number.parseFloat(style.paddingRight),
      textLeft: text.left,
      textRight: text.right,
    };
  }, selector);
}

function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as InPage).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** The text of a short line starts at the right edge of its box and stops well short of the left. */
async function expectTextFromTheRight(page: Page, selector: string) {
  const layout = await layoutOf(page, selector);
  expect(layout, selector).not.toBeNull();
  if (!layout) return;
  expect(
    Math.abs(layout.contentRight - layout.textRight),
    `${selector} starts at the right`,
  ).toBeLessThan(2);
  expect(layout.textLeft - layout.contentLeft, `${selector} leaves the left free`).toBeGreaterThan(
    20,
  );
}

async function expectNoViolations(page: Page, screen: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    screen,
  ).toEqual([]);
}

test('an Arabic organisation: staff bank, question editor and exam mirrored right to left', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, host, demoLogins.admin);
  await page.getByRole('link', { name: 'Organisation' }).click();
  await page.getByLabel("Language of everyone's screens").selectOption('ar');
  await page.getByRole('button', { name: 'Save details' }).click();

  const root = page.locator('html');
  await expect(root).toHaveAttribute('dir', 'rtl');
  await expect(root).toHaveAttribute('lang', 'ar');

  // The question bank: the admin navigation on the right of the screen, the heading from the right.
  await page.getByRole('link', { name: 'بنك الأسئلة' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'بنك الأسئلة' })).toBeVisible();
  await expect(page.getByText(/في البنك/u).first()).toBeVisible();
  const nav = await layoutOf(page, 'nav.side-nav');
  const main = await layoutOf(page, 'main#main');
  expect(nav && main && nav.left >= main.right - 1, 'the navigation sits right of the screen').toBe(
    true,
  );
  await expectTextFromTheRight(page, 'main#main h1');
  expect(await sidewaysScroll(page), 'the bank scrolls sideways').toBeLessThanOrEqual(0);
  await expectNoViolations(page, 'question bank in Arabic');

  // The question editor: labels start at the right, and a decimal comma is a number.
  await page.getByRole('button', { name: 'سؤال جديد' }).click();
  const editor = page.getByRole('form', { name: 'سؤال جديد' });
  await expect(editor.getByLabel('النوع')).toBeVisible();
  await expectTextFromTheRight(page, 'label[for="q-type"]');
  expect(await sidewaysScroll(page), 'the editor scrolls sideways').toBeLessThanOrEqual(0);
  await expectNoViolations(page, 'question editor in Arabic');

  // A student of the organisation, on another browser profile: the exam is mirrored as well.
  const studentProfile = await browser.newContext();
  const student = await studentProfile.newPage();
  await signInAs(student, host, demoLogins.student1);
  await expect(student.locator('html')).toHaveAttribute('dir', 'rtl');
  await student
    .getByRole('button', { name: /^(Start exam|Resume exam|بدء الامتحان|استئناف الامتحان)$/u })
    .first()
    .click();
  await student
    .getByRole('dialog')
    .getByRole('button', { name: /^(Start exam|Resume exam|بدء الامتحان|استئناف الامتحان)$/u })
    .click();
  await expect(student.locator('nav.palette')).toBeVisible();
  const palette = await layoutOf(student, 'nav.palette');
  const question = await layoutOf(student, 'main.exam__main');
  expect(
    palette && question && palette.left >= question.right - 1,
    'the palette sits right of the question',
  ).toBe(true);
  expect(await sidewaysScroll(student), 'the exam scrolls sideways').toBeLessThanOrEqual(0);
  await expectNoViolations(student, 'exam in Arabic');
  await studentProfile.close();
});
