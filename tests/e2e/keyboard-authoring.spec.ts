import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './support/axe-screens';
import { DEMO_PASSWORD, demoLogins } from './support/fixtures';
import { shiftTabTo, tabTo } from './support/keyboard';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';

/**
 * An author writes a question with the keyboard alone, in Chromium against
 * the real preview host: signs in, opens the bank, writes a single-choice
 * question in rich text (bold and a formula by their shortcuts, four options,
 * the key, feedback), saves it, finds it again in the bank and puts it in a
 * new test, which they save. No clicks and no fills: every step is Tab,
 * Shift+Tab, Enter, the arrows and typed text. Wherever a step takes away the
 * control that had focus, focus lands somewhere that makes sense, and axe
 * finds nothing on each screen on the way.
 */
let host: PreviewProcess;
test.beforeAll(async () => {
  host = await startPreviewProcess();
});
test.afterAll(async () => {
  await host.stop();
});

const STEM_START = 'Which planet is ';
const STEM_BOLD = 'nearest the Sun';
const STEM = `${STEM_START}${STEM_BOLD}, where a year lasts `;
const TEX = 'T \\approx 88\\,\\mathrm{d}';
const OPTIONS = ['Venus', 'Earth', 'Mercury', 'Mars'] as const;
const FEEDBACK = 'Mercury orbits closest, at about 0.39 AU.';
const TEST_NAME = 'Keyboard authoring check';

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page), screen).toEqual([]);
}

/** Presses Enter on the control once Tab has reached it. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

test('an author writes a question, finds it in the bank and puts it in a test, by keyboard alone', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // Sign in: the email field has focus when the screen opens.
  await page.goto(host.url);
  await expect(page.getByLabel('Email')).toBeFocused();
  await expectNoViolations(page, 'login');
  await page.keyboard.type(demoLogins.author);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Question bank' }),
  ).toBeVisible();

  // The bank, from the navigation.
  await activate(page, page.getByRole('link', { name: 'Question bank' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoViolations(page, 'question bank');

  await activate(page, page.getByRole('button', { name: 'New question' }));
  const editor = page.getByRole('form', { name: 'New question' });
  await expect(editor).toBeVisible();
  await expectNoViolations(page, 'question editor');

  // Single choice is the first type; the text becomes rich with the arrow key.
  const type = editor.getByLabel('Type');
  await tabTo(page, type);
  await expect(type).toHaveValue('single_choice');
  const format = editor.getByLabel('Text is');
  await tabTo(page, format);
  await page.keyboard.press('ArrowDown');
  await expect(format).toHaveValue('html');

  // The stem: bold on and off with Ctrl+B, a formula from Ctrl+M's dialog.
  const stem = editor.getByRole('textbox', { name: 'Question text' });
  await tabTo(page, stem);
  await page.keyboard.type(STEM_START);
  await page.keyboard.press('Control+B');
  await page.keyboard.type(STEM_BOLD);
  await page.keyboard.press('Control+B');
  await page.keyboard.type(', where a year lasts ');
  const mathDialog = page.getByRole('dialog', { name: 'Insert formula' });
  const tex = mathDialog.getByLabel('Formula (TeX)');
  // Opened and cancelled first: focus comes back to the stem, where it was.
  await page.keyboard.press('Control+M');
  await expect(tex).toBeFocused();
  await activate(page, mathDialog.getByRole('button', { name: 'Cancel' }));
  await expect(mathDialog).toBeHidden();
  await expect(stem).toBeFocused();
  await page.keyboard.press('Control+M');
  await expect(tex).toBeFocused();
  await expectNoViolations(page, 'formula dialog');
  await page.keyboard.type(TEX);
  await expect(mathDialog.locator('.math-dialog__preview .katex')).toBeVisible();
  await activate(page, mathDialog.getByRole('button', { name: 'Insert formula' }));
  await expect(mathDialog).toBeHidden();
  // Back in the stem, after the formula: typing goes on there.
  await expect(stem).toBeFocused();
  await page.keyboard.type('?');
  await expect(stem.locator('strong')).toHaveText(STEM_BOLD);
  await expect(stem.locator('.editor-math .katex')).toBeVisible();
  await expect(stem).toContainText(/\?$/);

  for (const [i, option] of OPTIONS.entries()) {
    const box = editor.getByRole('textbox', { name: `Option ${String.fromCharCode(65 + i)}` });
    await tabTo(page, box);
    await page.keyboard.type(option);
  }
  // The key: the radio group is one stop (on A, marked by default); the arrows move the mark.
  const keyA = editor.getByRole('radio', { name: 'Option A is correct' });
  await shiftTabTo(page, keyA);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const keyC = editor.getByRole('radio', { name: 'Option C is correct' });
  await expect(keyC).toBeFocused();
  await expect(keyC).toBeChecked();

  await tabTo(page, editor.getByRole('textbox', { name: 'General feedback' }));
  await page.keyboard.type(FEEDBACK);

  // Saved: the editor goes, and focus moves to the saved question's first line.
  await activate(page, editor.getByRole('button', { name: 'Create question' }));
  const detail = page.getByRole('complementary', { name: 'Question' });
  const headline = detail.getByText('Single choice · version 1');
  await expect(headline).toBeFocused();
  await page.waitForLoadState('networkidle');
  await expectNoViolations(page, 'question saved');

  // The stored question, as Details reads it: the rich stem rendered, the options, the key.
  const stored = detail.locator('dl.key-values');
  const storedStem = stored.locator('dd').first();
  await expect(storedStem).toContainText(STEM);
  await expect(storedStem).toContainText(/\?$/);
  await expect(storedStem.locator('strong')).toHaveText(STEM_BOLD);
  await expect(storedStem.locator('.katex')).toBeVisible();
  // The formula as typed, kept in the typeset one for screen readers.
  await expect(storedStem.locator('.katex annotation')).toHaveText(TEX);
  await expect(stored.getByText('<strong>')).toHaveCount(0);
  await expect(stored.locator('ol.option-list li')).toHaveText([...OPTIONS]);
  await expect(stored.locator('dd').nth(2)).toHaveText(/^C\.\s*Mercury$/);

  // Its feedback, in the editor Edit opens: focus starts on its first field, and
  // Cancel brings it back to the question.
  await activate(page, detail.getByRole('button', { name: 'Edit' }));
  const edit = page.getByRole('form', { name: 'Edit question' });
  await expect(edit.getByLabel('Type')).toBeFocused();
  await expect(edit.getByRole('textbox', { name: 'General feedback' })).toHaveText(FEEDBACK);
  await expect(edit.getByRole('radio', { name: 'Option C is correct' })).toBeChecked();
  await activate(page, edit.getByRole('button', { name: 'Cancel' }));
  await expect(headline).toBeFocused();

  // Found again in the bank by a search, and opened from its row.
  const search = page.getByRole('searchbox', { name: 'Search questions' });
  await shiftTabTo(page, search);
  await page.keyboard.type(STEM_BOLD);
  const row = page.getByRole('button', { name: new RegExp(`^${STEM_START}${STEM_BOLD}`) });
  await expect(row).toHaveCount(1);
  await expect(page.getByText('1 question match', { exact: true })).toBeVisible();
  await activate(page, row);
  await expect(headline).toBeVisible();
  await expect(row).toBeFocused();

  // A new test, from the Tests screen: the New test link goes with the list, and
  // focus lands on the new screen's content.
  await activate(page, page.getByRole('link', { name: 'Tests', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'Tests' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoViolations(page, 'tests');
  await activate(page, page.getByRole('link', { name: 'New test' }));
  await expect(page.getByRole('heading', { level: 1, name: 'New test' })).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
  await expectNoViolations(page, 'new test');

  const settings = page.getByRole('form', { name: 'Test settings' });
  await tabTo(page, settings.getByLabel('Name'));
  await page.keyboard.type(TEST_NAME);
  await tabTo(page, page.getByLabel('Search the bank'));
  await page.keyboard.type(STEM_BOLD);
  // Added: the button says so and keeps the focus.
  await activate(page, page.getByRole('button', { name: new RegExp(`^Add: ${STEM_START}`) }));
  const added = page.getByRole('button', { name: new RegExp(`^Added: ${STEM_START}`) });
  await expect(added).toBeFocused();
  await expect(added).toBeDisabled();
  await expect(page.getByTestId('test-counts')).toContainText('1 question');
  await expectNoViolations(page, 'question added');

  // Created: the builder opens on the saved test, focus on its content.
  await activate(page, page.getByRole('button', { name: 'Create test' }));
  await expect(page.getByRole('heading', { level: 1, name: TEST_NAME })).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoViolations(page, 'test created');

  // Stored: read again after a reload, the test holds the question.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TEST_NAME })).toBeVisible();
  await expect(page.getByTestId('test-counts')).toContainText('1 question');
  await expect(page.getByRole('main')).toContainText(`${STEM_START}${STEM_BOLD}`);
  expect(errors).toEqual([]);
});
