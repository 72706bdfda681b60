import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoLogins } from './support/fixtures';
import { startPreviewProcess, type PreviewProcess } from './support/preview-process';

/**
 * The whole staff journey on one offline machine: build a bank from a GIFT
 * file, write a question, assemble and publish a test, grade the essay a
 * student wrote, and read the gradebook and item analysis. Its own preview
 * host, so the other specs' counts of the demo data are not disturbed.
 */
let preview: PreviewProcess;

test.beforeAll(async () => {
  preview = await startPreviewProcess();
});
test.afterAll(async () => {
  await preview.stop();
});

const GIFT = `// [tag:biology]
::Gas:: Which gas do leaves absorb in daylight? {
=Carbon dioxide
~Oxygen
~Nitrogen
}

// [tag:biology]
Plants make their food in the leaves. {T}

::Broken:: This line never closes {=a ~b
`;

async function signInAs(page: Page, email: string) {
  await page.goto(preview.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

test('an author builds a bank from GIFT, publishes a test, grades the essay and reads the results', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, demoLogins.author);

  // Import: the report names the broken block, the rest is imported in one go.
  await page.getByRole('link', { name: 'Question bank' }).click();
  await expect(page.getByText('38 questions in the bank')).toBeVisible();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import questions' });
  await dialog
    .getByLabel('File')
    .setInputFiles({ name: 'biology.gift', mimeType: 'text/plain', buffer: Buffer.from(GIFT) });
  await expect(dialog.getByLabel('Format')).toHaveValue('gift');
  await dialog.getByRole('button', { name: 'Check file' }).click();
  await expect(
    dialog.getByText('2 questions ready to import, 1 item will be skipped.'),
  ).toBeVisible();
  const report = dialog.getByRole('table', { name: 'Import report' });
  await expect(report.getByRole('row', { name: /line 11:35 Skipped GIFT syntax/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 questions' }).click();
  await expect(dialog.getByText(/Imported 2 questions\. 1 item skipped\./)).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('40 questions in the bank')).toBeVisible();

  // Write an essay question; a choice question with one option is refused at the field.
  await page.getByRole('button', { name: 'New question' }).click();
  const editor = page.getByRole('form', { name: 'New question' });
  await editor.getByLabel('Question text').fill('Which of these is a mammal?');
  await editor.getByLabel('Option A', { exact: true }).fill('Whale');
  await editor.getByRole('button', { name: 'Remove option D' }).click();
  await editor.getByRole('button', { name: 'Remove option C' }).click();
  await editor.getByLabel('Option B', { exact: true }).fill('');
  await editor.getByRole('button', { name: 'Create question' }).click();
  await expect(editor.getByText('a choice question needs at least two options')).toBeVisible();
  await editor.getByLabel('Type').selectOption({ label: 'Essay' });
  await editor.getByLabel('Question text').fill('Explain photosynthesis in your own words.');
  await editor.getByLabel('Marks').fill('5');
  await editor.getByLabel('Maximum words').fill('200');
  await editor.getByRole('button', { name: 'Create question' }).click();
  const detail = page.getByRole('complementary', { name: 'Question' });
  await expect(detail.getByText('Essay · version 1')).toBeVisible();
  await detail.getByRole('button', { name: 'Preview as student' }).click();
  // The preview is the exam screen's own question view: typing counts words, and saves nothing.
  const studentView = detail.getByRole('region', { name: 'Question 1 of 1' });
  await expect(studentView).toContainText('Explain photosynthesis');
  await expect(studentView.getByText('0 words · at most 200')).toBeVisible();
  await studentView.getByLabel('Your answer').fill('Light and water make sugar.');
  await expect(studentView.getByText('5 words · at most 200')).toBeVisible();

  // Build and publish the test.
  await page.getByRole('link', { name: 'Tests', exact: true }).click();
  await page.getByRole('link', { name: 'New test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New test' })).toBeVisible();
  const settings = page.getByRole('form', { name: 'Test settings' });
  await settings.getByLabel('Name').fill('Biology check');
  await settings.getByLabel('Pass mark (%)').fill('50');
  await page.getByRole('button', { name: 'Create test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Biology check' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Problems to fix before publishing' })).toContainText(
    'add at least one question',
  );
  const search = page.getByLabel('Search the bank');
  await search.fill('Which gas do leaves absorb');
  await page.getByRole('button', { name: /^Add: Which gas do leaves absorb/ }).click();
  await search.fill('Explain photosynthesis');
  await page.getByRole('button', { name: /^Add: Explain photosynthesis/ }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Everything checks out')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await page
    .getByRole('dialog', { name: 'Publish “Biology check”?' })
    .getByRole('button', { name: 'Publish test' })
    .click();
  await expect(page.getByText('Published', { exact: true }).first()).toBeVisible();
  const testId = new URL(page.url()).hash.replace('#/tests/', '');

  // A student sits it in the exam screen.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email').fill(demoLogins.student1);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const examCard = page.getByRole('article', { name: 'Biology check' });
  await examCard.getByRole('button', { name: 'Start exam' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
  await page.getByRole('radio', { name: 'Carbon dioxide', exact: true }).check();
  await expect(page.getByTestId('save-indicator')).toContainText('Saved on this computer');
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByLabel('Your answer')
    .fill('Plants use light to turn carbon dioxide and water into sugar, giving off oxygen.');
  await expect(page.getByTestId('save-indicator')).toContainText('Saved on this computer');
  await page.getByRole('button', { name: 'Review answers' }).click();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page
    .getByRole('dialog', { name: 'Submit your exam?' })
    .getByRole('button', { name: 'Submit now' })
    .click();
  await expect(page.getByRole('heading', { name: 'Exam submitted' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  // Grade the essay.
  await signInAs(page, demoLogins.author);
  await page.goto(`${preview.url}#/results/${testId}`);
  await page.getByRole('button', { name: 'Grading' }).click();
  const card = page.getByRole('article', { name: 'Answer by Sam Student' });
  await expect(card).toContainText('Plants use light');
  await card.getByLabel('Marks (out of 5)').fill('6');
  await card.getByRole('button', { name: 'Save grade' }).click();
  await expect(card.getByText('at most 5 for this question')).toBeVisible();
  await card.getByLabel('Marks (out of 5)').fill('4');
  await card.getByLabel('Comment for the student').fill('Good: mention chlorophyll next time.');
  await card.getByRole('button', { name: 'Save grade' }).click();
  await expect(page.getByText('Nothing to grade')).toBeVisible();

  // The gradebook shows the graded score; item analysis shows the picks.
  await page.getByRole('button', { name: 'Gradebook' }).click();
  const row = page
    .getByRole('table', { name: 'Gradebook' })
    .getByRole('row', { name: /Sam Student/ });
  await expect(row).toContainText('Graded');
  await expect(row).toContainText('5 / 6');
  await expect(row).toContainText('83.3');
  await expect(row).toContainText('Passed');
  await page.getByRole('button', { name: 'Item analysis' }).click();
  const gas = page.getByRole('article', { name: 'Question 1' });
  await expect(gas).toContainText('answered 1 of 1');
  await expect(gas.getByRole('img', { name: 'How often each option was picked' })).toContainText(
    '1 (100%)',
  );
  await expect(gas.getByRole('img', { name: 'Facility: 1.00' })).toBeVisible();
  const essayItem = page.getByRole('article', { name: 'Question 2' });
  await expect(essayItem.getByRole('img', { name: 'Facility: 0.80' })).toBeVisible();
});

test('an author imports a bank too big to send in one call: the screen sends it in chunks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // 300 questions with 18 KB stems: about 5.4 MB of Aiken, past the 4 MB the screen sends whole.
  const stem = 'Read the passage on river deltas once more before you answer. '.repeat(290);
  const aiken = Array.from(
    { length: 300 },
    (_, i) => `Delta ${i + 1}: ${stem}\nA. Silt\nB. Sand\nANSWER: A\n`,
  ).join('\n');
  const bytes = Buffer.from(aiken);
  expect(bytes.length).toBeGreaterThan(5 * 1024 * 1024);

  await signInAs(page, demoLogins.author);
  await page.getByRole('link', { name: 'Question bank' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import questions' });
  await dialog
    .getByLabel('File')
    .setInputFiles({ name: 'deltas-aiken.txt', mimeType: 'text/plain', buffer: bytes });
  await expect(dialog.getByLabel('Format')).toHaveValue('aiken');
  await dialog.getByRole('button', { name: 'Check file' }).click();
  await expect(dialog.getByText('300 questions ready to import.')).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Import 300 questions' }).click();
  await expect(dialog.getByText(/Imported 300 questions\./)).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByLabel('Search questions').fill('Delta 300');
  await expect(page.getByText(/Delta 300: Read the passage/).first()).toBeVisible();
});
