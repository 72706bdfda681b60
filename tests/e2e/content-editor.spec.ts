import { expect, test, type Locator, type Page } from '@playwright/test';
import { tabTo } from './support/keyboard';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';
import { signInAs } from './support/exam-pages';
import { cspViolations, recordCspViolations } from './support/csp-violations';

/**
 * The newer item types end to end against the real services in the preview
 * host, in Chromium: each written in the question editor (rich text with a
 * formula and images where it says so) and saved, then sat in one test by
 * keyboard alone, scored, and reviewed with its feedback.
 */

test.describe.configure({ mode: 'serial' });

const TEST_NAME = 'Newer types check';
/** A 1x1 PNG: a real image, so main's check of its bytes passes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

interface Seen {
  errors: string[];
  foreign: string[];
}

/** Page errors, requests that leave the app, and CSP violations, from the first script on. */
async function watch(page: Page): Promise<Seen> {
  const seen: Seen = { errors: [], foreign: [] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(host.origin) && !url.startsWith('blob:') && !url.startsWith('data:')) {
      seen.foreign.push(url);
    }
  });
  await recordCspViolations(page);
  return seen;
}

async function newQuestion(page: Page, type: string): Promise<Locator> {
  await page.getByRole('link', { name: 'Question bank' }).click();
  await page.getByRole('button', { name: 'New question' }).click();
  const editor = page.getByRole('form', { name: 'New question' });
  await editor.getByLabel('Type').selectOption({ label: type });
  return editor;
}

async function create(page: Page, editor: Locator, heading: string): Promise<void> {
  await editor.getByRole('button', { name: 'Create question' }).click();
  await expect(
    page.getByRole('complementary', { name: 'Question' }).getByText(`${heading} · version 1`),
  ).toBeVisible();
}

async function richText(editor: Locator): Promise<void> {
  await editor.getByLabel('Text is').selectOption('html');
}

test('an author writes one question of each newer type in the editor, with a formula and images', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const seen = await watch(page);
  await signInAs(page, host, 'author@northfield.example');

  // A description in rich text: an image picked from disk and one pasted, each with its alt text.
  let editor = await newQuestion(page, 'Description');
  await richText(editor);
  const passage = editor.getByRole('textbox', { name: 'Text to read' });
  await passage.click();
  await page.keyboard.type('Look at the diagram: ');
  const chooser = page.waitForEvent('filechooser');
  await editor
    .getByRole('toolbar', { name: 'Text to read: formatting' })
    .getByRole('button', { name: 'Insert image' })
    .click();
  await (await chooser).setFiles({ name: 'square.png', mimeType: 'image/png', buffer: PNG });
  const imageDialog = page.getByRole('dialog', { name: 'Insert image' });
  await imageDialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(imageDialog.getByText('Every image needs alt text')).toBeVisible();
  await imageDialog.getByLabel('Alt text').fill('A small red square');
  await imageDialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(imageDialog).toBeHidden();
  await expect(passage.locator('.editor-image img[src^="blob:"]')).toHaveCount(1);
  await passage.evaluate((element: { dispatchEvent(e: unknown): boolean }, base64: string) => {
    const g = globalThis as unknown as {
      DataTransfer: new () => { items: { add(f: unknown): void } };
      File: new (parts: unknown[], name: string, o: { type: string }) => unknown;
      ClipboardEvent: new (t: string, o: object) => unknown;
      atob: (s: string) => string;
    };
    const bytes = Uint8Array.from(g.atob(base64), (c) => c.charCodeAt(0));
    const data = new g.DataTransfer();
    data.items.add(new g.File([bytes], 'pasted.png', { type: 'image/png' }));
    element.dispatchEvent(
      new g.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, PNG.toString('base64'));
  await page
    .getByRole('dialog', { name: 'Insert image' })
    .getByLabel('Alt text')
    .fill('The same square, pasted');
  await page.keyboard.press('Enter');
  await expect(passage.locator('.editor-image img[src^="blob:"]')).toHaveCount(2);
  await create(page, editor, 'Description');

  // Matching in plain text: two premises, three responses (one a distractor), feedback.
  editor = await newQuestion(page, 'Matching');
  await editor.getByLabel('Question text').fill('Match each country to its capital city.');
  for (const [i, city] of ['Paris', 'Tokyo', 'Lima'].entries()) {
    await editor.getByLabel(`Response ${i + 1}`, { exact: true }).fill(city);
  }
  await editor.getByLabel('Premise 1', { exact: true }).fill('France');
  await editor.getByLabel('Premise 2', { exact: true }).fill('Japan');
  await editor.getByLabel('Matching response for premise 1').selectOption({ label: '1. Paris' });
  await editor.getByLabel('Matching response for premise 2').selectOption({ label: '2. Tokyo' });
  await editor.getByLabel('Marks').fill('2');
  await editor.getByLabel('General feedback').fill('Lima is the capital of Peru.');
  await create(page, editor, 'Matching');
  // The Details tab shows the key in words: each pair, and the distractor.
  const detail = page.getByRole('complementary', { name: 'Question' });
  const pairs = detail.getByRole('table', { name: 'Right pairs' });
  await expect(pairs.getByRole('row')).toHaveText([
    'PremiseRight response',
    'FranceParis',
    'JapanTokyo',
  ]);
  await expect(detail.getByRole('list', { name: 'Distractors' })).toHaveText('Lima');

  // Ordering in rich text, with bold by its shortcut and a formula with its live preview.
  editor = await newQuestion(page, 'Ordering');
  await richText(editor);
  const stem = editor.getByRole('textbox', { name: 'Question text' });
  await stem.click();
  await page.keyboard.type('Order the planets, ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('nearest first');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(', where ');
  await page.keyboard.press('Control+M');
  const mathDialog = page.getByRole('dialog', { name: 'Insert formula' });
  await mathDialog.getByLabel('Formula (TeX)').fill('d = \\frac{s}{t}');
  await expect(mathDialog.locator('.math-dialog__preview .katex')).toBeVisible();
  await mathDialog.getByRole('button', { name: 'Insert formula' }).click();
  await expect(stem.locator('.editor-math .katex')).toBeVisible();
  await expect(stem.locator('strong')).toHaveText('nearest first');
  for (const [i, planet] of ['Mercury', 'Venus', 'Earth'].entries()) {
    await editor.getByRole('textbox', { name: `Item ${i + 1}`, exact: true }).fill(planet);
  }
  await editor.getByLabel('Marks').fill('3');
  await editor
    .getByRole('textbox', { name: 'When partly right' })
    .fill('Each planet in its place earns a third.');
  await create(page, editor, 'Ordering');
  // A rich stem in Details is rendered, not shown as its HTML; the key is the order.
  await expect(detail.locator('dd strong')).toHaveText('nearest first');
  await expect(detail.locator('dd .katex').first()).toBeVisible();
  await expect(detail.getByText('<strong>')).toHaveCount(0);
  await expect(detail.getByRole('list', { name: 'Right order' }).getByRole('listitem')).toHaveText([
    'Mercury',
    'Venus',
    'Earth',
  ]);

  // A gap fill: a number gap with a half-credit alternative, and a drop-down gap.
  editor = await newQuestion(page, 'Gap fill');
  await editor.getByLabel('Passage').fill('Water boils at ');
  await editor.getByRole('button', { name: 'Add a number gap' }).click();
  await page.keyboard.type(' degrees at sea level. The Sun is a ');
  await editor.getByRole('button', { name: 'Add a drop-down gap' }).click();
  await page.keyboard.type('.');
  await expect(editor.getByLabel('Passage')).toHaveValue(
    'Water boils at {{gap:g1}} degrees at sea level. The Sun is a {{gap:g2}}.',
  );
  const g1 = editor.getByRole('group', { name: 'Gap g1' });
  await g1.getByLabel('Correct value').fill('100');
  await g1.getByRole('button', { name: 'Add an alternative value' }).click();
  await g1.getByLabel('Alternative value 1').fill('212');
  await g1.getByLabel('Credit for alternative 1 (%)').fill('50');
  await g1.getByLabel('Feedback for gap g1').fill('212 is the boiling point in Fahrenheit.');
  const g2 = editor.getByRole('group', { name: 'Gap g2' });
  await g2.getByLabel('Gap g2 option A', { exact: true }).fill('star');
  await g2.getByLabel('Gap g2 option B', { exact: true }).fill('planet');
  await expect(editor.locator('#q-marks')).toHaveText('2');
  await create(page, editor, 'Gap fill');

  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

test('the author puts them in a test that releases answers and feedback, and publishes it', async ({
  page,
}) => {
  await signInAs(page, host, 'author@northfield.example');
  await page.getByRole('link', { name: 'Tests', exact: true }).click();
  await page.getByRole('link', { name: 'New test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New test' })).toBeVisible();
  const settings = page.getByRole('form', { name: 'Test settings' });
  await settings.getByLabel('Name').fill(TEST_NAME);
  await settings
    .getByLabel('With the score, students see')
    .selectOption({ label: 'Answers, right answers, marks and feedback' });
  await settings
    .getByLabel('Ordering questions')
    .selectOption({ label: 'Each item in its right place earns its share' });
  await page.getByRole('button', { name: 'Create test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TEST_NAME })).toBeVisible();
  const search = page.getByLabel('Search the bank');
  // The matching stem is a prefix of the demo bank's own: it is named whole.
  const adds: Array<[string, RegExp | string]> = [
    ['Look at the diagram', /^Add: Look at the diagram/],
    ['Match each country to its capital city.', 'Add: Match each country to its capital city.'],
    ['Order the planets', /^Add: Order the planets/],
    ['Water boils at', /^Add: Water boils at/],
  ];
  for (const [text, name] of adds) {
    await search.fill(text);
    await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  }
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Everything checks out')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await page
    .getByRole('dialog', { name: `Publish “${TEST_NAME}”?` })
    .getByRole('button', { name: 'Publish test' })
    .click();
  await expect(page.getByText('Published', { exact: true }).first()).toBeVisible();
});

test('a student sits every newer type by keyboard alone, is scored, and reads the review with its feedback', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const seen = await watch(page);
  await signInAs(page, host, 'student1@northfield.example');
  await page
    .getByRole('article', { name: TEST_NAME })
    .getByRole('button', { name: 'Start exam' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start exam' }).click();
  const next = page.getByRole('button', { name: 'Next' });

  // 1. The description: its images and nothing to answer.
  await expect(page.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
  await expect(page.locator('.question img[src^="blob:"]')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'A small red square' })).toBeVisible();
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // 2. Matching: each premise's list, chosen by typing the response's first letter.
  await expect(page.getByRole('heading', { name: 'Question 2 of 4' })).toBeVisible();
  await tabTo(page, page.getByRole('combobox', { name: 'France' }));
  await page.keyboard.type('P');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Japan' })).toBeFocused();
  await page.keyboard.type('T');
  await expect(page.getByTestId('save-indicator')).toContainText('Saved on this computer');
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // 3. Ordering: each item to the top with Home on its handle, the key's last first.
  await expect(page.getByRole('heading', { name: 'Question 3 of 4' })).toBeVisible();
  await expect(page.locator('.question .katex').first()).toBeVisible();
  for (const planet of ['Earth', 'Venus', 'Mercury']) {
    const handle = page.getByRole('button', {
      name: new RegExp(`^${planet} \\(position \\d of 3\\)$`),
    });
    await tabTo(page, handle);
    await page.keyboard.press('Home');
    await expect(page.getByRole('button', { name: `${planet} (position 1 of 3)` })).toBeFocused();
  }
  await expect(page.getByTestId('save-indicator')).toContainText('Saved on this computer');
  await tabTo(page, next);
  await page.keyboard.press('Enter');

  // 4. The gap fill: the Fahrenheit figure (half marks) and the drop-down.
  await expect(page.getByRole('heading', { name: 'Question 4 of 4' })).toBeVisible();
  await tabTo(page, page.getByRole('textbox', { name: 'Gap 1' }));
  await page.keyboard.type('212');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Gap 2' })).toBeFocused();
  await page.keyboard.type('s');
  await expect(page.getByText('3 of 3 answered')).toBeVisible();
  await expect(page.getByTestId('save-indicator')).toContainText('Saved on this computer');

  await tabTo(page, page.getByRole('button', { name: 'Review answers' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Submit exam' }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Submit your exam?' });
  await tabTo(page, confirm.getByRole('button', { name: 'Submit now' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Exam submitted' })).toBeVisible();
  // Matching 2 of 2, ordering 3 of 3 (every item in place), the gap fill 0.5 + 1 of 2.
  await expect(page.getByTestId('score')).toContainText('6.5 / 7');

  // The review, from My exams: every type with its verdict, the key and the feedback.
  await page.getByRole('link', { name: 'Back to my exams' }).click();
  await page.getByRole('link', { name: 'See your answers' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: TEST_NAME })).toBeVisible();
  await expect(page.getByTestId('review-score')).toContainText('6.5 / 7');
  const card = (n: number) => page.getByRole('article', { name: `Question ${n}` });
  await expect(card(1)).toContainText('Information');
  await expect(card(1).locator('img[src^="blob:"]')).toHaveCount(2);
  await expect(card(2)).toContainText('Correct');
  await expect(card(2)).toContainText('Lima is the capital of Peru.');
  await expect(card(3)).toContainText('Correct');
  await expect(card(3).locator('.katex').first()).toBeVisible();
  await expect(card(4)).toContainText('Partly correct');
  await expect(card(4)).toContainText('1.5 / 2 marks');
  await expect(card(4)).toContainText('212 is the boiling point in Fahrenheit.');

  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});
